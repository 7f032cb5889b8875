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
RECTIFIED_LONG_SIDE = 384
"""Long side of the perspective-corrected document used for blur, exposure, glare (px)."""
FRAME_BLUR_LONG_SIDE = 640
"""Whole-frame sharpness (when no document is found) is judged at this long side (px)."""
RECTIFY_SOURCE_MAX = 1400
"""Frames with a longer side are halved before rectifying: a document that is not too far
still spans more than RECTIFIED_LONG_SIDE pixels there."""

# --- detection ------------------------------------------------------------------------------
MIN_CANDIDATE_AREA = 0.01
"""A document smaller than 1 % of the frame is not looked for (it is noise, or far away)."""
MIN_COVERAGE = 0.80
"""Share of the fitted quadrilateral the found region must fill to be taken as a document."""
ASPECT_RANGE = (1.15, 2.1)
"""Accepted long/short side ratio of a found quadrilateral (ID-1 is 1.59, ID-3 1.42)."""
ASPECT_TOLERANCE_WITH_SPEC = 0.12
"""When the document type is known, the ratio must be within 12 % of its format's (a tilted
card's apparent ratio varies by up to ~10 %)."""
MIN_CORNER_ANGLE = 55.0
"""Inner angles of a plausible (tilted) document stay within 55°..125°."""

# --- framing --------------------------------------------------------------------------------
EDGE_MARGIN = 0.012
"""A corner closer than 1.2 % of the frame's short side to an edge counts as cut off."""
TOO_FAR_AREA = 0.14
"""The document must cover at least 14 % of the frame for its text to be readable."""
TOO_CLOSE_AREA = 0.65
"""Beyond 65 % of the frame there is no room left to frame it: the person should move back."""

# --- exposure -------------------------------------------------------------------------------
DARK_WHITE_LEVEL = 85
"""The document's paper (its 90th percentile of brightness) below this is too dark to read."""
BRIGHT_SATURATED_SHARE = 0.35
"""More than 35 % of the document clipped at white means it is washed out."""
FRAME_DARK_MEAN = 45
"""Without a document: a frame whose mean brightness is below this is too dark."""
FRAME_BRIGHT_MEAN = 220
"""Without a document: a frame whose mean brightness is above this is too bright ..."""
FRAME_BRIGHT_SATURATED_SHARE = 0.3
"""... or one with more than 30 % of its pixels clipped at white."""
SATURATED = 250
"""A pixel at or above this grey level is clipped."""

# --- blur -----------------------------------------------------------------------------------
BLUR_DOCUMENT = 0.27
"""Crété-Roffet blur score (0 sharp .. 1 flat) above which the document is blurred."""
BLUR_HIDES_EDGES = 0.35
"""Above this blur score the card's own edge may be smeared away, so occlusion (which looks
for where that edge is hidden) is not judged."""
BLUR_FRAME = 0.38
"""The same score on the whole frame, when no document is found ..."""
FRAME_MIN_CONTRAST = 4.0
"""... unless the frame is featureless (grey standard deviation below 4): a plain wall has no
detail to judge sharpness on."""

# --- glare ----------------------------------------------------------------------------------
GLARE_MARGIN = 28
"""A glare pixel is this much brighter than the document's paper (its median) ..."""
GLARE_LEVEL_RANGE = (235, 253)
"""... with the threshold kept within this range: paper that is itself near white only
counts as glare where the sensor clips."""
GLARE_MIN_RADIUS = 0.015
"""A glare spot is solid: a disc of 1.5 % of the document's width fits inside it. Text and the
gaps of a white MRZ band break up bright paper into thinner pieces."""

# --- occlusion ------------------------------------------------------------------------------
OCCLUSION_MIN_SHARE = 0.02
"""An object crossing the document's edge (a bulge over its outline or a bite out of it) that
hides at least 2 % of the outline is a finger or object on the card (a thumb hides 4-8 %)."""
