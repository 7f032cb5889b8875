<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a file instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo  (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a sharp photo of the whole document, taken straight on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold it inside the frame, flat and steady. The photo is taken for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used: {error}. Choose another photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⟲  Now turn your document over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Try again. If this keeps happening, ask a member of staff for help; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo check is not working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the photo is sharp and that every detail can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ This photo looks good — moving on…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ This photo looks good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo may be rejected: {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureWizard</name>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and delete your photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photos will be deleted now. To verify later, you start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and delete photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A residence permit shows your right to stay, not your nationality. Please use your passport or national ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A work permit is not an identity document. Please use your passport or national ID card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Student cards are not official identity documents. Please use your passport or national ID card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmView</name>
    <message>
        <source>The photo just taken</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Check the details read from your document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surname</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{date} — expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Which document will you use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country that issued it, then the type of document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, e.g. Germany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search for the issuing country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a country first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>front and back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your verification has been sent. We will let you know the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification has been passed on. We will let you know the result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer. It could not be sent just now and will be sent automatically — you do not need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer and will be passed on to our team — you do not need to do anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your verification is saved, but our server did not accept it. Please show this reference number to a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have completed all the steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photos have been removed from this computer&apos;s memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development mode: the package was saved without encryption.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message>
        <source>Take a photo of your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look straight at the camera with your face inside the oval. Remove sunglasses and hats. Only you may be in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a recent, sharp photo of your face, looking straight at the camera.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Show your document to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the document fully into the frame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the document closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the document a little further away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the document horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold still — the picture is blurred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find more light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too bright — move away from direct light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tilt the document to avoid glare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your finger off the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the document you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document has expired — use a valid one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the document closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This document is from another country than the one you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn the document the right way up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the back — show the side with your photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the side with your photo — turn the document over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the real document, not a screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use an unedited photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look into the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you may be in the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Come closer to the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light your face — turn towards a window or lamp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your face into the oval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look straight at the camera, head upright</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face does not match the photo on your document — the document&apos;s holder must take every photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the paper closer, flat and in good light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write today&apos;s date on the paper: year, month and day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the word shown above on the paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No document can be seen in this photo — choose a photo of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the document is missing — choose a photo of all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is too small in this photo — choose a closer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document does not fit in this photo — choose one of all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is turned on its side — choose an upright photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is blurred — choose a sharp one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is too dark — choose one taken in good light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is too bright — choose one without direct light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glare hides part of the document — choose a photo without reflections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something covers part of the document — choose a photo without it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code lines at the bottom cannot be read — choose a sharper one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document is upside down — choose an upright photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No face can be seen in this photo — choose a photo of your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face is too small in this photo — choose a closer one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face is too close in this photo — choose one from further away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face is too dark in this photo — choose one in good light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face is not in the middle of this photo — choose another</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your face is turned away in this photo — choose one looking straight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like the back — choose a photo of the side with your photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the side with your photo — choose a photo of the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note cannot be read — choose a sharper, closer photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a photo of a screen — choose a photo of the real document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Framing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No glare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Facing camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and word (checked on the photo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect a camera and press Try again, or upload a photo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow this app to use the camera in your system&apos;s privacy settings, then press Try again. You can also upload a photo instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program is using the camera. Close it (video calls, other camera apps) and press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Try again. Your earlier photos are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The camera sends no picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that the camera is connected and not covered, then press Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen video or image folder could not be read. Choose another source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of your identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of your identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold up your passport and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold up your identity card and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold up your driving licence and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold up your document and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a photo of the front here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a photo of the back here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop a photo of your face here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop the photo here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your photos will be deleted and this will start over in %n second(s).</source>
        <translation>
            <numerusform>For your privacy, your photos will be deleted and this will start over in %n second.</numerusform>
            <numerusform>For your privacy, your photos will be deleted and this will start over in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live camera picture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Your link to continue the identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this link on your phone to take the photos for your identity verification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works for {minutes} minutes, on the same Wi-Fi network as the computer where you started. If you did not ask for it, ignore this e-mail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This does not look like an e-mail address. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail is not set up correctly: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused this app&apos;s login. Ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mail server refused this address. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail could not be sent ({kind}). Scan the QR code instead, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How do you want to take the photos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose one. You can change your mind later with Back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this computer&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the document up to the camera; we guide you live.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera needed: a sample document shows how the guidance works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a QR code and take the photos with your phone&apos;s camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use photos you have already taken (JPEG, PNG, HEIC...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found on this computer. Try the demo camera or upload photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No camera was found on this computer. Continue on your phone or upload photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sample document shows how the live guidance works.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Take a photo of your document, filling most of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get the whole document in the picture, with a little space around it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the phone closer to the document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the phone a little further away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn your phone sideways so the document lies across the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a photo of your face, looking into the camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the phone closer to your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the phone a little further away</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your face in the middle of the picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the phone closer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address does not accept that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo was not sent encrypted, so it was not accepted. Open the link from the QR code on the computer again, then take the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be unlocked on the computer. Scan the QR code on the computer again, then take the photo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo is too large (at most {mb} MB). Take it again with a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo stopped arriving. Check the Wi-Fi and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo did not arrive whole. Send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a photo we can read. Take the photo again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is too large to be read. Take it with a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is not valid. Scan the QR code again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is already being used on another phone. Ask for a new link on the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All photos were received. Continue on the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link was closed on the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one on the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is not part of the verification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of your national identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of your national identity card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, your passport and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, your identity card and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, your driving licence and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A photo of your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You, your document and a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn it over. Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look straight at the camera in good light. No sunglasses or hat; only you in the picture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>QR code: scan it with your phone&apos;s camera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer is not on a network, so a phone cannot reach it. Connect it to Wi-Fi, or go Back and use the camera or upload photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or type this address in the phone&apos;s browser:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or send the link to your e-mail:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. Your phone must be on the same Wi-Fi as this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone link could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer could not open a connection for the phone on {address} ({reason}). Press Try again, or go Back and use the camera or upload photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓  {side} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…  {side}: checking the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the photo could not be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗  {side} not accepted: {reason}. Retake it on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>○  {side}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone connected — follow the steps on your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All photos received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has expired — press New link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For your security, a link works for a limited time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The link works for %n more minute(s), on one phone.</source>
        <translation>
            <numerusform>The link works for %n more minute, on one phone.</numerusform>
            <numerusform>The link works for %n more minutes, on one phone.</numerusform>
        </translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent. Open the e-mail on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail could not be sent (details are in the log file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneWeb</name>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo you took</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take photo again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All photos received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you. Continue on the computer. You can close this page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link no longer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last photo can&apos;t be used: {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo can&apos;t be used: {instruction}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Photo accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo is too large (at most {mb} MB). Take it with a lower resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This photo could not be read on this phone. Please take it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the photo… {percent}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The photo could not be sent. Check that this phone is on the same Wi-Fi as the computer, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for a new link on the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan the QR code on the computer again. If you typed the address, type all of it, with the part after the # sign.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff exit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to close the kiosk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemovablePicker</name>
    <message>
        <source>Choose a photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick or memory card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plug in a USB stick or memory card, then press Look again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No photos were found on the USB stick or memory card.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Photo of the front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of your face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge face</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure every detail is readable. Retake any photo you are not happy with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing — take this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not compared with the photo on your document (none could be read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches the photo on your document (score {score})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not match the photo on your document (score {score})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face, facing the camera.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upload a photo of you holding your document and a note with today&apos;s date and the words “{word}”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Preparing your photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving securely…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send your verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the summary, confirm, and send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff for help; your photos stay here until you cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Development mode: the package will be saved WITHOUT encryption (package.allow_unencrypted). Never use this with real documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I confirm that this is my own identity document and I agree that these photos are sent to verify my identity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ from {source}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photos: {list}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photos are still here: press Submit to try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photos could not be saved: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photos could not be packaged: {why}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong while saving (details are in the log file).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Choose a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, TIFF or BMP</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Verify your identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It takes about three minutes. We tell you at every step what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country that issued it and its type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photograph it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The front, and the back if it has one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a face photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So we can see it is you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look over your photos, then send them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• Your passport, national ID card or driving licence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• A well-lit place without direct sunlight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• A plain, dark surface to lay the document on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your photos stay in this computer&apos;s memory while you work. When you submit, they are encrypted before anything is saved or sent, then wiped from memory. If you cancel, they are wiped at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer cannot send verifications yet: it has no encryption key. Please ask a member of staff. (Staff: set package.recipients, see docs/configuration.md.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo run: the demo camera shows a sample document. Packages of its photos are marked as demo and are not a real verification.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Identity verification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
