"""Every threshold the document checks use, in one place, with why it has its value.

All pixel quantities refer to the fixed working resolutions below, so a verdict does not
depend on the camera's resolution: frames are scaled to WORK_LONG_SIDE for detection, and the
document is rectified to RECTIFIED_LONG_SIDE for the checks that look at its content.
Values were tuned on specimen scenes from seeds disjoint from the evaluation's
(see benchmarks/eval_quality.py) and checked on the real images in docs/quality.md.
"""

# --- working resolutions -------------------------------------------------------------------
WORK_LONG_SIDE = 320
"""Long side of the frame copy used for detection and whole-frame metrics (px). Small on
purpose: the outline is then refitted to sub-pixel lines, and the checks must keep up with
the camera on one core."""
MIN_WORK_SHORT_SIDE = 16
"""A frame whose working copy is thinner than this (20 times as long as it is wide or more,
or a few pixels across) cannot show a document that could be checked: `no_document`."""
RECTIFIED_LONG_SIDE = 384
"""Long side of the perspective-corrected document used for blur, exposure, glare (px)."""
FRAME_BLUR_LONG_SIDE = 640
"""Whole-frame sharpness (when no document is found) is judged at this long side (px)."""
RECTIFY_SOURCE_MAX = 1400
"""Frames with a longer side are halved before rectifying: a document that is not too far
still spans more than RECTIFIED_LONG_SIDE pixels there."""

# --- a guide drawn over the picture by another app (overlay.py) -----------------------------
GUIDE_MIN_SATURATION = 150
GUIDE_MIN_VALUE = 120
"""A drawn guide's colour is saturated and bright (the recorded app's green and red lines
measure 200-255 and 150-255 at the working size); print and photographs seldom hold such
colour in thin straight runs."""
GUIDE_MAX_WIDTH = 4
GUIDE_MIN_CONTRAST = 60
"""Its strokes are at most 4 px wide at the working size: each pixel differs by 60 grey levels
or more (in one channel) from both pixels 4 px to either side. The edge of a coloured band or
block is like the band on one side."""
GUIDE_MIN_RUN = 0.15
"""Its straight runs, along rows and along columns and meeting, span 15 % of the short side.
Its strokes must be about 0.8 px wide or more at the working size (2 px on a 640-px frame, 3 on
a 1280-px one, 5 on 1920): thinner ones blend into the picture there and are not seen, or only
in part."""

# --- detection ------------------------------------------------------------------------------
MIN_CANDIDATE_AREA = 0.01
"""A document smaller than 1 % of the frame is not looked for (it is noise, or far away)."""
MIN_COVERAGE = 0.80
"""Share of the fitted quadrilateral the found region must fill to be taken as a document."""
SMOOTHED_MAX_OCCLUSION = 0.15
"""A document found only on the texture-smoothed copy has at most 15 % of its outline hidden (a
thumb hides 3-9 %) and three sides in view; more is a scene's shape, not a document."""
OUTLINE_MAP_IOU = 0.85
"""An outline found is kept when it overlaps the learned detector's document map this much
(intersection over union): the map is coarse and may miss a band the colour of the table, so
the two need not match closely to be the same document."""
LEARNED_AGREES_BETTER = 0.03
"""A kept outline still gives way to the learned detector's own quadrilateral when that one
overlaps the map by 0.03 more (intersection over union)..."""
LEARNED_LOOKED_FOR_BELOW = 0.90
"""... which is looked for only when the outline overlaps the map less than this (a card's
exact outline overlaps the coarse map 0.88-0.93; the outlines that gave way: 0.85-0.87)."""
LOOK_CLOSER_BELOW = 0.08
"""The learned detector looks a second time, at a window round the document, when the largest
region it sees covers less than 8 % of the frame: a card far away, or one on gravel seen only
by its white band, covers a few cells of its input."""
LOOK_CLOSER_GROW = 2.2
"""That window is 2.2 times the region's size (at least half the frame): the region may be
only part of the document."""
LOOK_CLOSER_MIN_PEAK = 0.1
"""With no region at all, it looks round the map's strongest (smoothed) response, if that
reaches 0.1; below, nothing in the frame is like a document."""
STILL_TILE = 0.6
"""Where nothing else finds a document in a still, the learned detector looks again at four
windows, each 60 % of the frame's width and height (learned.tiled_maps)."""
MASK_EDGE_BAND = 0.04
"""A side fitted to the learned detector's (coarse) mask moves onto the strongest edge within
4 % of its length; the mask is 2.5 working pixels a cell."""
MASK_EDGE_MAX_SHIFT = 0.08
"""...but no corner by more than 8 % of the document's short side: farther is another edge
(print near the border, a shadow), not the card's."""
CORE_MIN_SHARE = 0.6
"""An opening that removes thin attachments (a finger) from a region and keeps under this share
of it tore the region's body apart instead: the region is fitted whole (detect._core_outline)."""
MIN_WHOLE_FILL = 0.97
"""The quadrilateral fitted to a region's whole outline (not just its core) is taken when the
region fills 97 % of it: a card's sharp corners, not a finger's empty wedges."""
WHOLE_FIT_EXPLAINS_BETTER = 0.05
"""... or when the region fills it at least MIN_WHOLE_FILL and their IoU is this much higher
than the core's quadrilateral's: a real business card turned 30° on wood was found as an inner
quadrilateral (IoU 0.63 with the region) the region filled wholly, beside the card's own (IoU
0.97, filled 99.7 %)."""
ASPECT_RANGE = (1.15, 2.1)
"""Accepted long/short side ratio of a found quadrilateral (ID-1 is 1.59, ID-3 1.42)."""
ASPECT_TOLERANCE_WITH_SPEC = 0.12
"""When a format's own shape is asked for (`outline_corners`), the ratio must be within 12 % of
the format's."""
MIN_CORNER_ANGLE = 55.0
"""Inner angles of a plausible (tilted) document stay within 55°..125°."""

# --- framing --------------------------------------------------------------------------------
EDGE_MARGIN = 0.012
"""A corner closer than 1.2 % of the frame's short side to an edge counts as cut off."""
CUT_OFF_EDGE_REACH = 0.15
"""A live frame's document also counts as cut off when the learned detector sees it reach 15 %
of one side of the frame: its fitted outline can stop at a line of print just inside the
edge. Below that, a corner grazing the edge of the map is the map's coarseness (own renders:
clean cards reach at most 7 %, cut-off cards missed by the outline 45-61 %)."""
EDGE_REACH_CONFIDENCE = 0.75
"""Only where the map is this sure of the document does it reach the edge: the coarse map
bleeds a few cells beyond a card's edge with lower confidence (own renders: a clean card 3 %
from the edge gets 0.5-0.65 there; cards that go on beyond it 0.8-0.95)."""
TOO_FAR_AREA = 0.14
"""The document must cover at least 14 % of the frame for its text to be readable."""
TOO_CLOSE_AREA = 0.65
"""Beyond 65 % of the frame there is no room left to frame it: the person should move back."""

# --- open booklets ---------------------------------------------------------------------------
BOOKLET_ASPECT_RANGE = (1.25, 1.55)
"""Long over short side of an outline that may be a whole open booklet (182 x 131 mm with its
cover: 1.39) as well as a data page (1.42), seen at a slant (own renders: 1.28-1.53); an ID-1
card (1.59) is neither."""
BOOKLET_FOLD_SHADE = 0.8
"""A fold's shadow leaves the paper across the booklet's middle at most 80 % as bright as both
pages beside it."""
BOOKLET_PRINT_RATIO = 2.0
"""The data page carries at least twice the edges of the facing page (own renders: 2.6-4.5
where a booklet was found whole; a data page split by a design's line, or a form page: 1.0-1.7
in the real development pictures)."""

# --- straight-edge quadrilaterals (lines.py, stills among clutter) ----------------------------
LINE_MIN_SEGMENT = 0.08
"""Straight edge segments shorter than 8 % of the frame's short side are not looked at, and a
document's opposite sides lie at least 10 % apart (LINE_MIN_APART)."""
LINE_MIN_APART = 0.1
LINE_MIN_SUPPORT = 0.5
"""Each side of a quadrilateral of straight edges must be seen along half its length (a card's
side against a background of its own colour fades in part) ..."""
LINE_MEAN_SUPPORT = 0.7
"""... and its four sides along 70 % of their length together."""
LINE_ASPECT_RANGE = (1.25, 1.8)
"""Long over short side of a quadrilateral of straight edges that may be a whole card or page
(ID-1 1.59, ID-3 1.42), seen at a slant."""
LINE_MIN_AREA = 0.012
"""It covers at least 1.2 % of the frame (the outline search's candidates 1 %): a card that
small is refused as too far, and "come closer" is the instruction it needs, not "no document"
(3 % until 2026-12-01 told the second renderer's small cards on a desk `no_document`)."""
LINE_SIDE_STEP = 0.6
"""A side of a quadrilateral of straight edges is a document's edge if the colour across it
steps the same way all along: the mean inside-outside difference is at least 0.6 of its mean
size ..."""
LINE_PLAIN_STRIP = 0.3
"""... or if the colour along one side of it stays the same: its mean distance from its median
is at most 0.3 of that size (a card's border against a painting of many colours, whose steps
point every way: 0.01-0.21). Measured on every quadrilateral the search returned (lines.py):
the second renderer's cards found so, the real passport scan and cards pasted on paintings
have three sides or four that are either; lines through bare gravel and a woven mat at
12 MP and blocks of floor tiles at most two (steps 0.01-0.49 on the rest, both strips spread
0.40 and more)."""
LINE_STEP_SIDES = 3
"""... on three sides of four at least: a finger or a shadow may cross one."""
LINE_MIN_MAP_SHARE = 0.2
"""... and, unless it is small enough to be too far (TOO_FAR_AREA: the map misses a small card
far away, and a refusal follows anyway), the learned map must see at least a fifth of it as
document: it may miss much of a card among clutter (real cards pasted on the real mural and
street, 0.40-1.0), but a block of floor tiles whose grout lines pass for print it sees almost
none of (the second renderer's above a card running off the picture, 0.01, accepted; a
photograph of a desk pasted whole in a street, 0.02)."""
LINE_CANDIDATES = 3
"""The best three of each kind of segment are looked at first; a scene rarely has more of a
document's shape."""
LINE_FURTHER_CANDIDATES = 40
"""If none of them is taken, the next ones, up to 40 of each kind: blocks of floor tiles and
lines through texture come first in a scene of tiles or gravel, and since a document's sides
must keep one step (LINE_SIDE_STEP) they fall away; a small card on tiles may come 30th."""
STILL_PRINT_HELD = 0.85
"""A quadrilateral of straight edges small in a still taken whole is the document, not an inner
rectangle of it, when it holds 85 % of the picture's print: own cards pasted on the real mural
0.86-1.0 (most 0.95 and more); in the real development crops, their portrait or text block
0.0-0.62 ..."""
STILL_PRINT_HELD_MARKS = 10
"""... of at least 10 characters: fewer say nothing. They are counted at a long side of 1280
pixels: at 640, where a whole picture's print is counted, a card on a sixth of the picture has
characters under 4 pixels tall."""
STILL_PRINT_HELD_LONG_SIDE = 1280
LINE_SAME_QUAD = 0.93
"""Two of them overlapping this much (IoU) are one (a frame's inner and outer edges, a card's
rim): the lesser is dropped, so that three distinct ones are looked at."""
LINE_SHARED_SIDE = 0.045
"""In a still, a quadrilateral of straight edges inside the region found may be the card that
region merged with its surroundings: not when a side of it has both ends within 4.5 % of the
frame's short side of a side of the region (a part of the document closed by a line of its
print, or a panel of the card found: an own card's text panel lay 3.7 % inside its edge),
unless it covers under LINE_INSIDE_SMALL of the region ..."""
LINE_INSIDE_SMALL = 0.25
"""... a card merged with a keyboard, a phone or a sheet of paper beside it shares a side with
the region, and is small in it (the second renderer's distant cards on a desk, 0.17-0.18 of
the region); a panel or a band of a document found whole covers more of it, and must hold
nearly all its print besides."""
LINE_INSIDE_MARGIN = 0.03
"""... or a corner within 3 % of it from the frame's edge (a part bounded by the edge) ..."""
LINE_INSIDE_MAP_SHARE = 0.8
"""... or the learned map sees under 80 % of it as document (a part of a page closed by a
stripe of the carpet, 0.62; own cards pasted on the real posters 0.87-1.0); and it must hold
STILL_PRINT_HELD of the region's print."""
LINE_INSIDE_MAX_SHARE = 0.8
"""... or it covers over 80 % of the region (a rim line just inside the edge of a card found
whole: an own card on a desk, 0.85) ..."""
LINE_INSIDE_CANDIDATES = 8
"""The best eight are looked at there: framed pictures beside the card make more."""
CARD_OFF_EDGE_BORDER = 0.05
"""A region found running off the frame's edge may be a card merged with the sheet of paper
under it, which runs off (the outline search and the learned map both take white paper round a
card for more card). The card is looked for inside it only when the region is plain in this
band along the frame's border (a share of its short side) ..."""
CARD_OFF_EDGE_STRIP_EDGES = 0.08
"""... at most this share of it on the outline search's edges (the second renderer's cards on
a sheet: 0-0.04; its cards running off and cards held too close: 0.09-0.28, their print or
design running off). The same holds beyond the card inside the region (the cards on a sheet:
0.020-0.047; a cut-off card's data panel, its header and portrait beyond: 0.126-0.151)."""
CARD_OFF_EDGE_MIN_SHARE = 0.4
"""The card covers this share of the region at least (the cards on a sheet: 0.72-0.90) ..."""
CARD_OFF_EDGE_SIDES = 2
"""... shares this many of its sides (its own edges, found) but not all four ..."""
CARD_OFF_EDGE_STEP = 6.0
"""... and its other sides have a step of colour across them (Lab distance of the mean
colours 3 working pixels either side: the cards on a sheet 8.8-86; a real notepad's last ruled
line, the same paper on both sides, 2.7; a line of a cut-off card's own print closing its data
panel)."""

# --- stills (uploads, phone photos, `check` on files) -----------------------------------------
STILL_EDGE_TOLERANCE = 0.02
"""In a still, a corner counts as cut off only when it lies beyond the picture's edge by more
than 2 % of its short side: a crop to the document's edges puts the corners on the edge."""
STILL_AT_EDGE = 0.012
"""A side of a still's document whose corners both lie within 1.2 % of the picture's edge runs
along it (the working copy's 3 or 4 pixels) ..."""
STILL_TIGHT_MARGIN = 0.06
"""... and is only a tight crop or scan when the other sides leave at most 6 % too ..."""
STILL_FORMAT_TOLERANCE = 0.05
"""... and the document found has a whole document's shape within 5 %: close-framed own renders
and real crops put down whole with one side at the picture's edge measure within 1.3 % (median),
a quarter beyond 4 % (a slant, a rim); cut by 15 % at one side, a card measures 1.35 or 1.87."""
STILL_FORMAT_KEYSTONE_SLACK = 0.3
"""... widened by this share of the quadrilateral's keystone (one less the shorter over the
longer of two opposite sides): a document seen at a slant measures off its true shape, a card
whose far side is a tenth shorter by about 5 %. At 0.3 (eval_framed_close.py, typed): whole
cards at a slant against an edge accepted 165 → 198 of 216 (own) and 172 → 184 of 198 (real
crops), 15 % cuts caught 203 → 200 and 171 → 168; at 0.5 the cuts lost 6 and 5."""
STILL_CONTENT_MARGIN = 0.02
"""A still taken whole as its content box (the picture less its plain margins) runs off at the
one side it reaches when the other three are each trimmed by 2 % (to STILL_TIGHT_MARGIN) of the
picture (a document photographed close on a plain table) and it has no whole document's shape;
a box reaching two sides or more, or trimmed by less, is a crop or a scan whose plain margins
were trimmed unevenly (real scans dimmed or cropped 1 % inside: trims of 0.5-1 %)."""
STILL_TOO_FAR_LONG_SIDE = 700
"""In a still, a document covering less than TOO_FAR_AREA is too far only when its long side
is also under 700 pixels of the picture: at that size an ID-1 card's data (about 2.5 mm tall)
is 20 px tall; a small card in a 12 MP phone photo still has plenty."""
STILL_WHOLE_MAP_SHARE = 0.3
"""A still's whole picture (less its plain margins) is a document cropped to its edges only if
the learned map sees a document over at least 30 % of it: the real crops and scans 0.69-1.0, a
street photo whose windows pass for print 0.11."""
STILL_MAP_TURNS = 4
"""The learned detector looks at a still four times, turned by a quarter each time, and its
maps are averaged. It learned mostly from upright frames and sees a turned document worse (a
passport page turned, a page on a desk turned by a quarter), and a still may come any way up;
the mean of the four views also holds better on busy backgrounds (docs/quality.md). Three more
runs cost about 7 ms a 12 MP still; a live frame, which comes upright, keeps one look."""
STILL_ASPECT_RANGE = (1.30, 1.72)
"""A picture (less its plain margins) of this long/short ratio can be one whole document:
ID-3 and TD2 pages are 1.42, ID-1 cards 1.59, with room for a rough crop."""
PRINT_MIN_DENSITY = 1.2
"""... and carries print: at least 1.2 characters standing in rows per 10,000 pixels (at a
640-pixel long side). Readable document crops and scans of the real development pictures have
2.1-16; photos of streets and rooms, and blurred crops whose print is unreadable, under 0.6."""
PRINT_MIN_DENSITY_FOUND = 0.7
"""A document found in a still photo (its outline or the learned detector's region) must carry
print too, but less: its shape already speaks for it. Own renders of dark cards with small light
print have 0.76 and more, the real mural and wall of posters that the learned detector takes for
documents 0.33-0.54."""
PAGE_PRINT_LONG_SIDE = 1280
"""A document found in a still whose print is too small to count at FRAME_BLUR_LONG_SIDE is
looked at again at up to this long side: a letter's or a form's print is as small as a card's
on a page three times its size (a real tax form on a grey table: 0.6 at 640, 4.6 at 775)."""
PRINT_RIM = 0.03
"""Print is looked for inside a rim of 3 % of each side: a strip of table along a side fitted
a little wide is darker than any print and would raise the level print is told from."""
PRINT_MIN_CONTRAST = 40
"""Marks less than 40 grey levels darker (or lighter) than their surroundings are no print."""
PRINT_MAX_CHAR_HEIGHT = 0.08
"""A character is at most 8 % of the picture's height (taller marks are shapes, not text)."""
STILL_WHOLE_SHARE = 0.5
"""An outline covering half the picture's content or more is the document itself (unless it
runs from one edge of the picture to the opposite one: a band of a cropped card) ..."""
STILL_INNER_SHARE = 0.25
"""... and one covering less than a quarter is a part of it (a portrait, a barcode, a text
block) when the picture carries print enough to be a document itself."""
PLAIN_MARGIN_STD = 6.0
"""A row or column of a scan's margin varies by less than this (grey levels) ..."""
PLAIN_MARGIN_STEP = 12.0
"""... and stays within this of the picture's outermost line ..."""
PLAIN_MARGIN_MAX = 0.45
"""... and at most 45 % of the picture is trimmed from one side."""

# --- exposure -------------------------------------------------------------------------------
DARK_WHITE_LEVEL = 85
"""The document's light parts (its 90th percentile of brightness) below this are dark ..."""
DARK_PRINT_LEVEL = 140
"""... and too dark to read when its brightest print (98th percentile) stays below this too
(a black card with white print under good light has print far above it) ..."""
DARK_CRUSHED_LEVEL = 20
"""... or when half the document is crushed below this (a shadow, an unlit room): a black
card's ground under light stays above it."""
BRIGHT_SATURATED_SHARE = 0.35
"""More than 35 % of the document clipped at white ..."""
BRIGHT_INK_LEVEL = 120
"""... is washed out. A still (maybe a scan or a digital image of a white document, whose
paper is pure white) must also have lost its dark print: its darkest 1 % lighter than this
(a white card may carry as little as 4 % of print). Unless the picture round the document
is a scene lit like it (exposure.paper_may_clip) ..."""
STILL_SCENE_MIN_SHARE = 0.25
"""... which it can only be if it is at least a quarter of the picture: less may be the rest
of a cropped document when only a part of it was found."""
FRAME_DARK_MEAN = 45
"""Without a document: a frame whose mean brightness is below this is too dark."""
FRAME_BRIGHT_MEAN = 220
"""Without a document: a frame whose mean brightness is above this is too bright ..."""
FRAME_BRIGHT_SATURATED_SHARE = 0.3
"""... or one with more than 30 % of its pixels clipped at white."""
SATURATED = 250
"""A pixel at or above this grey level is clipped."""
BRIGHT_LIFTED_SHARE = 0.1
BRIGHT_LIFTED_INK = 60
"""A sharp document in a camera's picture 10 % clipped or more beside its reflections, whose
darkest 1 % is no darker than this, is too bright: the light lifted even its print to grey.
Own renders and the second renderer's, camera rules: clean documents' darkest 1 % at 2-43,
over-exposed ones' at 50-211 (docs/quality.md). A still on a canvas or cropped is asked this
only where the glare check would refuse it (exposure.print_lifted)."""
COLOUR_CLIPPED = 254
COLOUR_KEPT = 230
COLOUR_CLIPPED_SHARE = 0.2
"""What looks like glare is too much light when a fifth of the document or more has its
brightest colour channel clipped (254 and up) while another stays at 230 or under. A lamp's
reflection is white: it clips the three channels together, over a part of the document. Too
much light on a coloured card clips each colour's brightest channel first, all over it.
Second renderer, seeds 1-7 as stills: reflections 0.000-0.050; over-exposed cards judged
`glare` 0.01-0.63 (10 of 26 at 0.2 and over); real development pictures at most 0.11 (a
webcam's blurred frames, a scan crop) (docs/quality.md)."""
CANVAS_NEAR_WHITE = 225
CANVAS_ROLL_OFF = 0.2
"""Round a still's document, white clipped flat is a canvas (a digital image, the rest of a
white page): pixels just under clipping (225-249) number under a fifth of the clipped ones
(real white renders, with their changes, 0.003-0.15). A table clipped by too much light rolls
off into it (own over-exposed renders 0.2-1.2; some clip the table flat, 0.01)."""

# --- blur -----------------------------------------------------------------------------------
BLUR_DOCUMENT = 0.29
"""Crété-Roffet blur score (0 sharp .. 1 flat) above which the document is blurred. On the
real development pictures the sharp ones score up to 0.26 and the blurred ones 0.36 and more
(one dark webcam frame at 0.23 is refused as too dark); on own renders clean cards score up
to 0.33 (98 % under 0.27) and blurred ones from 0.25 (98 % over 0.29)."""
BLUR_FRAME = 0.38
"""The same score on the whole frame, when no document is found ..."""
FRAME_MIN_CONTRAST = 4.0
"""... unless the frame is featureless (grey standard deviation below 4): a plain wall has no
detail to judge sharpness on."""

# --- glare ----------------------------------------------------------------------------------
GLARE_LEVEL = 248
"""A specular reflection clips the sensor: glare pixels are at least this bright. Paper that
is merely brighter than the rest of the card (a white MRZ band, a white zone) is not."""
GLARE_PAPER_CLIPPED = 248
"""When the document's paper itself (its median) is this bright (a white card, a scan), a
clipped area cannot be told from paper: no glare is judged."""
GLARE_MIN_RADIUS = 0.025
"""A glare spot is solid: a disc of 2.5 % of the document's width (2 mm on a card, a few
characters) fits inside it. Text and the gaps between the lines of a white band break
bright paper into thinner pieces."""
GLARE_BAND_SHARE = 0.97
"""A row (or column) of the document clipped over 97 % of its length runs from side to side:
blank paper of a white zone of the design (glare.py), not a reflection ..."""
GLARE_RIM = 0.02
"""... and so is paper within 2 % of the document's width from its edge (a white zone's blank
margin beside its lines, 3-5 mm on an ID card, meets the edge there)."""
GLARE_MAX_HOLES = 0.12
"""A glare spot washes out the print beneath it: at most 12 % of the area inside its outline
is darker print. White paper that carries print (a white band with its characters) is full
of such holes."""
GLARE_HOLLOW_SHARE = 0.3
"""A clipped area whose convex hull is more than 30 % not clipped and holds a printed face's
centre is the portrait's plain white background round the head, not a reflection (the second
renderer's portraits: 0.44-0.68; its reflections: at most 0.44, none round a face found)."""

GLARE_SOFT_LEVEL = 244
"""A reflection may fall just short of clipping (a soft lamp on a laminate, a sensor's noise
breaking its core up): then it is looked for where the document, smoothed over 5 x 5 pixels,
is at least this bright, and must also show what sets a reflection apart from white paper
(glare._soft_reflection) ..."""
GLARE_SOFT_PRINT = 200
"""... no more than GLARE_MAX_HOLES of it is print darker than this (noise never is) ..."""
GLARE_SOFT_RISE = 12
"""... it is this much brighter (grey levels) than the document's white paper, and its halo
lifts the print round it (GLARE_HALO_*)."""
GLARE_HALO_STRONG = 0.7
"""A halo that lifts the print round a nearly white area this far (GLARE_HALO_AT) is a
reflection's whatever the area's rise over the paper: where a card's white paper is nearly
as light as a soft reflection, the reflection barely rises over it (second renderer: missed
reflections 0.86-0.95 with rises of 4-10; the clean cards' areas over GLARE_SOFT_LEVEL at
most 0.35) ..."""
GLARE_HALO_GLOW = 8
GLARE_GLOW_FROM = 0.5
"""... if its halo glows: the paper round it (from half GLARE_HALO_AT to GLARE_HALO_AT of its
edge, clear of the few pixels a sharp edge is blurred over) this many grey levels lighter than
a little further out (2-5 times as far). Round a blank white panel on blank paper there is no
print to lift, so its lift is as high, but the paper is flat (drawn panels: 0-2; the second
renderer's reflections: 10-23)."""
GLARE_HALO_AT = 0.016
"""A reflection's halo washes out the print round its edge: within this much of the
document's width of it (6 pixels, 1.4 mm on a card) ..."""
GLARE_HALO_LIFT = 0.5
"""... even the darkest print (5th percentile) has been lifted half the way from the
document's ink to the reflection's light (second renderer, seed 5: its reflections missed
before 0.85-0.93; beside an own render's blank data panel, dark print at 0.16). Asked of a
nearly white area (GLARE_SOFT_*) and of a clipped area that has run into a white zone's
print."""

# --- occlusion ------------------------------------------------------------------------------
OCCLUSION_MIN_MM2 = 46.2
"""The learned detector sees something over at least a fingertip's worth of the document,
about 7 x 7 mm over its edge: a finger or thumb on it. That is 1 % of an ID-1 card and 0.42 %
of a passport page, whose fingertips the map sees as small as a card's. Own renders: the map
sees 1.2-1.8 % of a card under a fingertip at its corner, and at most 0.4 % of a clean card
(0.24 % of a clean page) but for a few outliers; real development pictures: no acceptable one
between 0.4 and 4 %."""
PORTRAIT_HEAD_GROWTH = 1.6
"""In a still, what the learned detector sees over a printed portrait's face box grown by this
about its centre (the head: hair, ears, chin) is the portrait, not a finger
(portrait_skin.py)."""
OCCLUDER_EDGE_RING = 0.10
"""Only what the learned detector sees over the document within 10 % of its short side from
its edge counts, with all of it that hangs together: a finger comes from outside the card (the
map may end a few pixels short of the edge where the finger enters). The portrait, also
skin-coloured, sits farther in (15 % on the real KTP scans the map took it for a finger on)."""
OCCLUDER_WINDOW_GROW = 0.15
"""A still's document is looked at again for what lies over it, in a window round it: its box
grown by this share of its width and height on each side (a finger runs on beyond the edge).
Second renderer, seeds 1-7, stills: fingers found 115 -> 125 of 140, clean cards refused
11 -> 10 of 280. A camera frame about to be refused as `occluded` is looked at so too (one
way up): clean cards refused 34 -> 27 of 280, fingers the same."""
OCCLUDER_WINDOW_MAX_SHARE = 0.8
"""... unless that window is this share of the picture or more: the first look saw the same."""
EDGE_SEEN_UNDER_OCCLUDER = 0.8
"""A part of the occluder map under which the document's side is seen along 80 % of its run
is the document's own print or something beside it, not a thumb over its edge (a thumb hides
the edge where it crosses it: seen only where its own outline crosses the side) ..."""
EDGE_SEEN_MIN_POINTS = 4
"""... judged where it lies over at least 4 points of a side (working pixels) ..."""
EDGE_SEEN_GRADIENT = 60.0
"""... the side counting as seen at a point where the brightness changes across it by 60 more
(3x3 Sobel) than along it: a step of about 15 grey levels between card and table."""
