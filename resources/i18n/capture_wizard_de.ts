<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Upload a file instead</source>
        <translation>Datei hochladen</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Take photo  (Space)</source>
        <translation>Foto  (Leertaste)</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Foto behalten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>Demo-Kamera verwenden</translation>
    </message>
    <message>
        <source>Upload a sharp photo of the whole document, taken straight on.</source>
        <translation>Laden Sie ein scharfes Foto des ganzen Dokuments hoch, gerade von vorn aufgenommen.</translation>
    </message>
    <message>
        <source>Hold it inside the frame, flat and steady. The photo is taken for you.</source>
        <translation>Halten Sie es flach und ruhig in den Rahmen. Das Foto wird automatisch aufgenommen.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Kamera wird gestartet…</translation>
    </message>
    <message>
        <source>This file cannot be used: {error}. Choose another photo.</source>
        <translation>Diese Datei kann nicht verwendet werden: {error}. Wählen Sie ein anderes Foto.</translation>
    </message>
    <message>
        <source>⟲  Now turn your document over</source>
        <translation>⟲  Drehen Sie das Dokument jetzt um</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Nicht bewegen…</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Foto wird geprüft…</translation>
    </message>
    <message>
        <source>Press Try again. If this keeps happening, ask a member of staff for help; the details are in the log file.</source>
        <translation>Drücken Sie „Erneut versuchen“. Passiert das wieder, bitten Sie das Personal um Hilfe; Details stehen in der Protokolldatei.</translation>
    </message>
    <message>
        <source>The photo check is not working</source>
        <translation>Die Fotoprüfung funktioniert nicht</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Check that the photo is sharp and that every detail can be read.</source>
        <translation>Prüfen Sie, ob das Foto scharf ist und jedes Detail lesbar ist.</translation>
    </message>
    <message>
        <source>✓ This photo looks good — moving on…</source>
        <translation>✓ Das Foto ist gut — weiter geht’s…</translation>
    </message>
    <message>
        <source>✓ This photo looks good</source>
        <translation>✓ Das Foto ist gut</translation>
    </message>
    <message>
        <source>This photo may be rejected: {instruction}</source>
        <translation>Dieses Foto wird eventuell abgelehnt: {instruction}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
</context>
<context>
    <name>CaptureWizard</name>
    <message>
        <source>Identity verification</source>
        <translation>Identitätsprüfung</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Los geht’s</translation>
    </message>
    <message>
        <source>Cancel and delete your photos?</source>
        <translation>Abbrechen und Ihre Fotos löschen?</translation>
    </message>
    <message>
        <source>Your photos will be deleted now. To verify later, you start again.</source>
        <translation>Ihre Fotos werden jetzt gelöscht. Für eine spätere Prüfung beginnen Sie von vorn.</translation>
    </message>
    <message>
        <source>Cancel and delete photos</source>
        <translation>Abbrechen und Fotos löschen</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Passport</source>
        <translation>Reisepass</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Personalausweis</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Führerschein</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Aufenthaltstitel</translation>
    </message>
    <message>
        <source>A residence permit shows your right to stay, not your nationality. Please use your passport or national ID card.</source>
        <translation>Ein Aufenthaltstitel zeigt Ihr Aufenthaltsrecht, nicht Ihre Staatsangehörigkeit. Bitte verwenden Sie Ihren Reisepass oder Personalausweis.</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Arbeitserlaubnis</translation>
    </message>
    <message>
        <source>A work permit is not an identity document. Please use your passport or national ID card.</source>
        <translation>Eine Arbeitserlaubnis ist kein Ausweisdokument. Bitte verwenden Sie Ihren Reisepass oder Personalausweis.</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Studierendenausweis</translation>
    </message>
    <message>
        <source>Student cards are not official identity documents. Please use your passport or national ID card.</source>
        <translation>Studierendenausweise sind keine amtlichen Ausweisdokumente. Bitte verwenden Sie Ihren Reisepass oder Personalausweis.</translation>
    </message>
</context>
<context>
    <name>ConfirmView</name>
    <message>
        <source>The photo just taken</source>
        <translation>Das gerade aufgenommene Foto</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Check the details read from your document</source>
        <translation>Prüfen Sie die Angaben aus Ihrem Dokument</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Vornamen</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Dokumentnummer</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Staatsangehörigkeit</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Gültig bis</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Kein Ablaufdatum</translation>
    </message>
    <message>
        <source>{date} — expired</source>
        <translation>{date} — abgelaufen</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d. MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Which document will you use?</source>
        <translation>Welches Dokument verwenden Sie?</translation>
    </message>
    <message>
        <source>Choose the country that issued it, then the type of document.</source>
        <translation>Wählen Sie das ausstellende Land, dann die Art des Dokuments.</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Ausstellendes Land</translation>
    </message>
    <message>
        <source>Type to search, e.g. Germany</source>
        <translation>Suchen, z. B. Deutschland</translation>
    </message>
    <message>
        <source>Search for the issuing country</source>
        <translation>Ausstellendes Land suchen</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <source>Choose a country first</source>
        <translation>Wählen Sie zuerst ein Land</translation>
    </message>
    <message>
        <source>front and back</source>
        <translation>Vorder- und Rückseite</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>eine Seite</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>nicht akzeptiert</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your verification has been sent. We will let you know the result.</source>
        <translation>Ihre Verifizierung wurde gesendet. Wir teilen Ihnen das Ergebnis mit.</translation>
    </message>
    <message>
        <source>Your verification has been passed on. We will let you know the result.</source>
        <translation>Ihre Verifizierung wurde weitergegeben. Wir teilen Ihnen das Ergebnis mit.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer. It could not be sent just now and will be sent automatically — you do not need to do anything.</source>
        <translation>Ihre Verifizierung ist sicher auf diesem Computer gespeichert. Sie konnte gerade nicht gesendet werden und wird automatisch gesendet — Sie müssen nichts tun.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer and will be passed on to our team — you do not need to do anything.</source>
        <translation>Ihre Verifizierung ist sicher auf diesem Computer gespeichert und wird an unser Team weitergegeben — Sie müssen nichts tun.</translation>
    </message>
    <message>
        <source>Your verification is saved, but our server did not accept it. Please show this reference number to a member of staff.</source>
        <translation>Ihre Verifizierung ist gespeichert, aber unser Server hat sie nicht angenommen. Bitte zeigen Sie diese Referenznummer dem Personal.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Vielen Dank</translation>
    </message>
    <message>
        <source>You have completed all the steps.</source>
        <translation>Sie haben alle Schritte abgeschlossen.</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Ihre Referenznummer</translation>
    </message>
    <message>
        <source>Nothing was submitted.</source>
        <translation>Es wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>Your photos have been removed from this computer&apos;s memory.</source>
        <translation>Ihre Fotos wurden aus dem Speicher dieses Computers gelöscht.</translation>
    </message>
    <message>
        <source>Development mode: the package was saved without encryption.</source>
        <translation>Entwicklungsmodus: Das Paket wurde ohne Verschlüsselung gespeichert.</translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message>
        <source>Take a photo of your face</source>
        <translation>Fotografieren Sie Ihr Gesicht</translation>
    </message>
    <message>
        <source>Look straight at the camera with your face inside the oval. Remove sunglasses and hats. Only you may be in the picture.</source>
        <translation>Schauen Sie gerade in die Kamera, das Gesicht im Oval. Nehmen Sie Sonnenbrille und Hut ab. Nur Sie dürfen im Bild sein.</translation>
    </message>
    <message>
        <source>Upload a recent, sharp photo of your face, looking straight at the camera.</source>
        <translation>Laden Sie ein aktuelles, scharfes Foto Ihres Gesichts hoch, mit Blick gerade in die Kamera.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Show your document to the camera</source>
        <translation>Zeigen Sie Ihr Dokument der Kamera</translation>
    </message>
    <message>
        <source>Move the document fully into the frame</source>
        <translation>Bringen Sie das ganze Dokument in den Rahmen</translation>
    </message>
    <message>
        <source>Move the document closer</source>
        <translation>Halten Sie das Dokument näher</translation>
    </message>
    <message>
        <source>Move the document a little further away</source>
        <translation>Halten Sie das Dokument etwas weiter weg</translation>
    </message>
    <message>
        <source>Hold the document horizontally</source>
        <translation>Halten Sie das Dokument quer</translation>
    </message>
    <message>
        <source>Hold still — the picture is blurred</source>
        <translation>Nicht bewegen — das Bild ist unscharf</translation>
    </message>
    <message>
        <source>Find more light</source>
        <translation>Suchen Sie mehr Licht</translation>
    </message>
    <message>
        <source>Too bright — move away from direct light</source>
        <translation>Zu hell — weg vom direkten Licht</translation>
    </message>
    <message>
        <source>Tilt the document to avoid glare</source>
        <translation>Kippen Sie das Dokument gegen Spiegelungen</translation>
    </message>
    <message>
        <source>Move your finger off the document</source>
        <translation>Nehmen Sie den Finger vom Dokument</translation>
    </message>
    <message>
        <source>This is not the document you chose</source>
        <translation>Das ist nicht das gewählte Dokument</translation>
    </message>
    <message>
        <source>This document has expired — use a valid one</source>
        <translation>Dieses Dokument ist abgelaufen — nehmen Sie ein gültiges</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the document closer</source>
        <translation>Halten Sie Finger und Spiegelungen von den Codezeilen unten fern und das Dokument näher</translation>
    </message>
    <message>
        <source>This document is from another country than the one you chose</source>
        <translation>Dieses Dokument stammt aus einem anderen als dem gewählten Land</translation>
    </message>
    <message>
        <source>Turn the document the right way up</source>
        <translation>Drehen Sie das Dokument richtig herum</translation>
    </message>
    <message>
        <source>This looks like the back — show the side with your photo</source>
        <translation>Das ist wohl die Rückseite — zeigen Sie die Seite mit Ihrem Foto</translation>
    </message>
    <message>
        <source>This is the side with your photo — turn the document over</source>
        <translation>Das ist die Seite mit Ihrem Foto — drehen Sie das Dokument um</translation>
    </message>
    <message>
        <source>Show the real document, not a screen</source>
        <translation>Zeigen Sie das echte Dokument, keinen Bildschirm</translation>
    </message>
    <message>
        <source>Use an unedited photo</source>
        <translation>Verwenden Sie ein unbearbeitetes Foto</translation>
    </message>
    <message>
        <source>Look into the camera</source>
        <translation>Schauen Sie in die Kamera</translation>
    </message>
    <message>
        <source>Only you may be in the picture</source>
        <translation>Nur Sie dürfen im Bild sein</translation>
    </message>
    <message>
        <source>Come closer to the camera</source>
        <translation>Kommen Sie näher an die Kamera</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>Gehen Sie etwas zurück</translation>
    </message>
    <message>
        <source>Light your face — turn towards a window or lamp</source>
        <translation>Mehr Licht aufs Gesicht — drehen Sie sich zu Fenster oder Lampe</translation>
    </message>
    <message>
        <source>Move your face into the oval</source>
        <translation>Bringen Sie Ihr Gesicht ins Oval</translation>
    </message>
    <message>
        <source>Look straight at the camera, head upright</source>
        <translation>Schauen Sie gerade in die Kamera, Kopf aufrecht</translation>
    </message>
    <message>
        <source>Your face does not match the photo on your document — the document&apos;s holder must take every photo</source>
        <translation>Ihr Gesicht passt nicht zum Foto im Dokument — alle Fotos muss der Inhaber des Dokuments machen</translation>
    </message>
    <message>
        <source>Hold the paper closer, flat and in good light</source>
        <translation>Halten Sie das Papier näher, flach und im guten Licht</translation>
    </message>
    <message>
        <source>Write today&apos;s date on the paper: year, month and day</source>
        <translation>Schreiben Sie das heutige Datum aufs Papier: Jahr, Monat und Tag</translation>
    </message>
    <message>
        <source>Write the word shown above on the paper</source>
        <translation>Schreiben Sie das oben gezeigte Wort aufs Papier</translation>
    </message>
    <message>
        <source>No document can be seen in this photo — choose a photo of it</source>
        <translation>Auf diesem Foto ist kein Dokument zu sehen — wählen Sie ein Foto davon</translation>
    </message>
    <message>
        <source>Part of the document is missing — choose a photo of all of it</source>
        <translation>Ein Teil des Dokuments fehlt — wählen Sie ein Foto des ganzen Dokuments</translation>
    </message>
    <message>
        <source>The document is too small in this photo — choose a closer one</source>
        <translation>Das Dokument ist auf diesem Foto zu klein — wählen Sie eine nähere Aufnahme</translation>
    </message>
    <message>
        <source>The document does not fit in this photo — choose one of all of it</source>
        <translation>Das Dokument passt nicht ins Foto — wählen Sie eines mit dem ganzen Dokument</translation>
    </message>
    <message>
        <source>The document is turned on its side — choose an upright photo</source>
        <translation>Das Dokument liegt auf der Seite — wählen Sie ein aufrechtes Foto</translation>
    </message>
    <message>
        <source>This photo is blurred — choose a sharp one</source>
        <translation>Dieses Foto ist unscharf — wählen Sie ein scharfes</translation>
    </message>
    <message>
        <source>This photo is too dark — choose one taken in good light</source>
        <translation>Dieses Foto ist zu dunkel — wählen Sie eines bei gutem Licht</translation>
    </message>
    <message>
        <source>This photo is too bright — choose one without direct light</source>
        <translation>Dieses Foto ist zu hell — wählen Sie eines ohne direktes Licht</translation>
    </message>
    <message>
        <source>Glare hides part of the document — choose a photo without reflections</source>
        <translation>Spiegelungen verdecken einen Teil des Dokuments — wählen Sie ein Foto ohne</translation>
    </message>
    <message>
        <source>Something covers part of the document — choose a photo without it</source>
        <translation>Etwas verdeckt einen Teil des Dokuments — wählen Sie ein Foto ohne</translation>
    </message>
    <message>
        <source>The code lines at the bottom cannot be read — choose a sharper one</source>
        <translation>Die Codezeilen unten sind nicht lesbar — wählen Sie ein schärferes Foto</translation>
    </message>
    <message>
        <source>The document is upside down — choose an upright photo</source>
        <translation>Das Dokument steht auf dem Kopf — wählen Sie ein aufrechtes Foto</translation>
    </message>
    <message>
        <source>No face can be seen in this photo — choose a photo of your face</source>
        <translation>Auf diesem Foto ist kein Gesicht zu sehen — wählen Sie ein Foto Ihres Gesichts</translation>
    </message>
    <message>
        <source>Your face is too small in this photo — choose a closer one</source>
        <translation>Ihr Gesicht ist auf diesem Foto zu klein — wählen Sie eine nähere Aufnahme</translation>
    </message>
    <message>
        <source>Your face is too close in this photo — choose one from further away</source>
        <translation>Ihr Gesicht ist auf diesem Foto zu nah — wählen Sie eines mit mehr Abstand</translation>
    </message>
    <message>
        <source>Your face is too dark in this photo — choose one in good light</source>
        <translation>Ihr Gesicht ist auf diesem Foto zu dunkel — wählen Sie eines bei gutem Licht</translation>
    </message>
    <message>
        <source>Your face is not in the middle of this photo — choose another</source>
        <translation>Ihr Gesicht ist nicht in der Bildmitte — wählen Sie ein anderes Foto</translation>
    </message>
    <message>
        <source>Your face is turned away in this photo — choose one looking straight</source>
        <translation>Ihr Gesicht ist abgewandt — wählen Sie ein Foto mit Blick geradeaus</translation>
    </message>
    <message>
        <source>This looks like the back — choose a photo of the side with your photo</source>
        <translation>Das ist wohl die Rückseite — wählen Sie ein Foto der Seite mit Ihrem Foto</translation>
    </message>
    <message>
        <source>This is the side with your photo — choose a photo of the back</source>
        <translation>Das ist die Seite mit Ihrem Foto — wählen Sie ein Foto der Rückseite</translation>
    </message>
    <message>
        <source>The note cannot be read — choose a sharper, closer photo</source>
        <translation>Der Zettel ist nicht lesbar — wählen Sie ein schärferes, näheres Foto</translation>
    </message>
    <message>
        <source>This is a photo of a screen — choose a photo of the real document</source>
        <translation>Das ist ein Foto eines Bildschirms — wählen Sie ein Foto des echten Dokuments</translation>
    </message>
    <message>
        <source>Adjust the document</source>
        <translation>Richten Sie das Dokument aus</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Ausschnitt</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Scharf</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>Blendfrei</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>Freie Sicht</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Nur Sie</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Facing camera</source>
        <translation>Blick zur Kamera</translation>
    </message>
    <message>
        <source>Your document</source>
        <translation>Ihr Dokument</translation>
    </message>
    <message>
        <source>Date and word (checked on the photo)</source>
        <translation>Datum und Wort (auf dem Foto geprüft)</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Keine Kamera gefunden</translation>
    </message>
    <message>
        <source>Connect a camera and press Try again, or upload a photo instead.</source>
        <translation>Schließen Sie eine Kamera an und drücken Sie „Erneut versuchen“, oder laden Sie ein Foto hoch.</translation>
    </message>
    <message>
        <source>The camera is not allowed</source>
        <translation>Die Kamera ist nicht erlaubt</translation>
    </message>
    <message>
        <source>Allow this app to use the camera in your system&apos;s privacy settings, then press Try again. You can also upload a photo instead.</source>
        <translation>Erlauben Sie dieser App die Kamera in den Datenschutzeinstellungen Ihres Systems und drücken Sie dann „Erneut versuchen“. Sie können auch ein Foto hochladen.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>Die Kamera ist belegt</translation>
    </message>
    <message>
        <source>Another program is using the camera. Close it (video calls, other camera apps) and press Try again.</source>
        <translation>Ein anderes Programm nutzt die Kamera. Schließen Sie es (Videoanrufe, andere Kamera-Apps) und drücken Sie „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation>Die Kamera wurde getrennt</translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Try again. Your earlier photos are kept.</source>
        <translation>Prüfen Sie das Kabel der Kamera und drücken Sie „Erneut versuchen“. Ihre bisherigen Fotos bleiben erhalten.</translation>
    </message>
    <message>
        <source>The camera sends no picture</source>
        <translation>Die Kamera liefert kein Bild</translation>
    </message>
    <message>
        <source>Check that the camera is connected and not covered, then press Try again.</source>
        <translation>Prüfen Sie, ob die Kamera angeschlossen und nicht verdeckt ist, und drücken Sie „Erneut versuchen“.</translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation>Das Video kann nicht abgespielt werden</translation>
    </message>
    <message>
        <source>The chosen video or image folder could not be read. Choose another source.</source>
        <translation>Das gewählte Video oder der Bildordner ist nicht lesbar. Wählen Sie eine andere Quelle.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorderseite</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rückseite</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Gesicht</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Erklärung</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Handy</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Hochgeladene Datei</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Demo-Kamera</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>Fotoseite Ihres Reisepasses</translation>
    </message>
    <message>
        <source>Front of your identity card</source>
        <translation>Vorderseite Ihres Ausweises</translation>
    </message>
    <message>
        <source>Back of your identity card</source>
        <translation>Rückseite Ihres Ausweises</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>Vorderseite Ihres Führerscheins</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>Rückseite Ihres Führerscheins</translation>
    </message>
    <message>
        <source>Hold up your passport and a note</source>
        <translation>Zeigen Sie Ihren Reisepass und einen Zettel</translation>
    </message>
    <message>
        <source>Hold up your identity card and a note</source>
        <translation>Zeigen Sie Ihren Ausweis und einen Zettel</translation>
    </message>
    <message>
        <source>Hold up your driving licence and a note</source>
        <translation>Zeigen Sie Ihren Führerschein und einen Zettel</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>Vorderseite Ihres Dokuments</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>Rückseite Ihres Dokuments</translation>
    </message>
    <message>
        <source>Hold up your document and a note</source>
        <translation>Zeigen Sie Ihr Dokument und einen Zettel</translation>
    </message>
    <message>
        <source>Drop a photo of the front here</source>
        <translation>Foto der Vorderseite hier ablegen</translation>
    </message>
    <message>
        <source>Drop a photo of the back here</source>
        <translation>Foto der Rückseite hier ablegen</translation>
    </message>
    <message>
        <source>Drop a photo of your face here</source>
        <translation>Foto Ihres Gesichts hier ablegen</translation>
    </message>
    <message>
        <source>Drop the photo here</source>
        <translation>Foto hier ablegen</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Sind Sie noch da?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your photos will be deleted and this will start over in %n second(s).</source>
        <translation>
            <numerusform>Zum Schutz Ihrer Daten werden Ihre Fotos in %n Sekunde gelöscht und alles beginnt von vorn.</numerusform>
            <numerusform>Zum Schutz Ihrer Daten werden Ihre Fotos in %n Sekunden gelöscht und alles beginnt von vorn.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live camera picture</source>
        <translation>Live-Bild der Kamera</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Your link to continue the identity verification</source>
        <translation>Ihr Link zum Fortsetzen der Identitätsprüfung</translation>
    </message>
    <message>
        <source>Open this link on your phone to take the photos for your identity verification:</source>
        <translation>Öffnen Sie diesen Link auf Ihrem Handy, um die Fotos für Ihre Identitätsprüfung aufzunehmen:</translation>
    </message>
    <message>
        <source>The link works for {minutes} minutes, on the same Wi-Fi network as the computer where you started. If you did not ask for it, ignore this e-mail.</source>
        <translation>Der Link gilt {minutes} Minuten, im selben WLAN wie der Computer, an dem Sie begonnen haben. Wenn Sie ihn nicht angefordert haben, ignorieren Sie diese E-Mail.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address. Check it and try again.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>E-mail is not set up correctly: {why}</source>
        <translation>E-Mail ist nicht richtig eingerichtet: {why}</translation>
    </message>
    <message>
        <source>The mail server refused this app&apos;s login. Ask a member of staff.</source>
        <translation>Der Mailserver hat die Anmeldung dieser App abgelehnt. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>The mail server refused this address. Check it and try again.</source>
        <translation>Der Mailserver hat diese Adresse abgelehnt. Prüfen Sie sie und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent ({kind}). Scan the QR code instead, or try again later.</source>
        <translation>Die E-Mail konnte nicht gesendet werden ({kind}). Scannen Sie stattdessen den QR-Code oder versuchen Sie es später.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How do you want to take the photos?</source>
        <translation>Wie möchten Sie die Fotos aufnehmen?</translation>
    </message>
    <message>
        <source>Choose one. You can change your mind later with Back.</source>
        <translation>Wählen Sie eine Möglichkeit. Mit „Zurück“ können Sie später wechseln.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s camera</source>
        <translation>Kamera dieses Computers</translation>
    </message>
    <message>
        <source>Hold the document up to the camera; we guide you live.</source>
        <translation>Halten Sie das Dokument vor die Kamera; wir leiten Sie live an.</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Zu verwendende Kamera</translation>
    </message>
    <message>
        <source>Try the demo camera</source>
        <translation>Demo-Kamera ausprobieren</translation>
    </message>
    <message>
        <source>No camera needed: a sample document shows how the guidance works.</source>
        <translation>Keine Kamera nötig: Ein Musterdokument zeigt, wie die Anleitung funktioniert.</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Auf dem Handy weitermachen</translation>
    </message>
    <message>
        <source>Scan a QR code and take the photos with your phone&apos;s camera.</source>
        <translation>Scannen Sie einen QR-Code und machen Sie die Fotos mit der Handykamera.</translation>
    </message>
    <message>
        <source>Upload photos</source>
        <translation>Fotos hochladen</translation>
    </message>
    <message>
        <source>Use photos you have already taken (JPEG, PNG, HEIC...).</source>
        <translation>Verwenden Sie bereits aufgenommene Fotos (JPEG, PNG, HEIC…).</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Try the demo camera or upload photos.</source>
        <translation>An diesem Computer wurde keine Kamera gefunden. Probieren Sie die Demo-Kamera oder laden Sie Fotos hoch.</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Continue on your phone or upload photos.</source>
        <translation>An diesem Computer wurde keine Kamera gefunden. Machen Sie auf dem Handy weiter oder laden Sie Fotos hoch.</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>Demo-Kamera verwenden</translation>
    </message>
    <message>
        <source>A sample document shows how the live guidance works.</source>
        <translation>Ein Musterdokument zeigt, wie die Live-Anleitung funktioniert.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Schritt {number} von {total}</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Take a photo of your document, filling most of the picture</source>
        <translation>Fotografieren Sie Ihr Dokument so, dass es fast das ganze Bild füllt</translation>
    </message>
    <message>
        <source>Get the whole document in the picture, with a little space around it</source>
        <translation>Bringen Sie das ganze Dokument ins Bild, mit etwas Rand</translation>
    </message>
    <message>
        <source>Move the phone closer to the document</source>
        <translation>Gehen Sie mit dem Handy näher ans Dokument</translation>
    </message>
    <message>
        <source>Move the phone a little further away</source>
        <translation>Halten Sie das Handy etwas weiter weg</translation>
    </message>
    <message>
        <source>Turn your phone sideways so the document lies across the picture</source>
        <translation>Drehen Sie das Handy quer, sodass das Dokument quer im Bild liegt</translation>
    </message>
    <message>
        <source>Take a photo of your face, looking into the camera</source>
        <translation>Fotografieren Sie Ihr Gesicht mit Blick in die Kamera</translation>
    </message>
    <message>
        <source>Hold the phone closer to your face</source>
        <translation>Halten Sie das Handy näher ans Gesicht</translation>
    </message>
    <message>
        <source>Hold the phone a little further away</source>
        <translation>Halten Sie das Handy etwas weiter weg</translation>
    </message>
    <message>
        <source>Keep your face in the middle of the picture</source>
        <translation>Halten Sie Ihr Gesicht in der Bildmitte</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the phone closer</source>
        <translation>Halten Sie Finger und Spiegelungen von den Codezeilen unten fern und das Handy näher</translation>
    </message>
    <message>
        <source>This request could not be understood.</source>
        <translation>Diese Anfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>This address does not accept that.</source>
        <translation>Diese Adresse nimmt das nicht an.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Zu viele Anfragen. Warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The photo was not sent encrypted, so it was not accepted. Open the link from the QR code on the computer again, then take the photo.</source>
        <translation>Das Foto wurde nicht verschlüsselt gesendet und daher nicht angenommen. Öffnen Sie den Link aus dem QR-Code am Computer erneut und nehmen Sie das Foto auf.</translation>
    </message>
    <message>
        <source>The photo could not be unlocked on the computer. Scan the QR code on the computer again, then take the photo.</source>
        <translation>Das Foto konnte am Computer nicht entschlüsselt werden. Scannen Sie den QR-Code am Computer erneut und nehmen Sie das Foto auf.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Hier gibt es nichts.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {mb} MB). Take it again with a lower resolution.</source>
        <translation>Das Foto ist zu groß (höchstens {mb} MB). Nehmen Sie es mit geringerer Auflösung neu auf.</translation>
    </message>
    <message>
        <source>The photo stopped arriving. Check the Wi-Fi and send it again.</source>
        <translation>Das Foto kommt nicht mehr an. Prüfen Sie das WLAN und senden Sie es erneut.</translation>
    </message>
    <message>
        <source>The photo did not arrive whole. Send it again.</source>
        <translation>Das Foto kam nicht vollständig an. Senden Sie es erneut.</translation>
    </message>
    <message>
        <source>This is not a photo we can read. Take the photo again.</source>
        <translation>Dieses Foto können wir nicht lesen. Nehmen Sie es erneut auf.</translation>
    </message>
    <message>
        <source>This photo is too large to be read. Take it with a lower resolution.</source>
        <translation>Dieses Foto ist zu groß zum Lesen. Nehmen Sie es mit geringerer Auflösung auf.</translation>
    </message>
    <message>
        <source>This link is not valid. Scan the QR code again.</source>
        <translation>Dieser Link ist ungültig. Scannen Sie den QR-Code erneut.</translation>
    </message>
    <message>
        <source>This link is already being used on another phone. Ask for a new link on the computer.</source>
        <translation>Dieser Link wird schon auf einem anderen Handy verwendet. Fordern Sie am Computer einen neuen Link an.</translation>
    </message>
    <message>
        <source>All photos were received. Continue on the computer.</source>
        <translation>Alle Fotos sind angekommen. Machen Sie am Computer weiter.</translation>
    </message>
    <message>
        <source>This link was closed on the computer.</source>
        <translation>Dieser Link wurde am Computer geschlossen.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one on the computer.</source>
        <translation>Dieser Link ist abgelaufen. Fordern Sie am Computer einen neuen an.</translation>
    </message>
    <message>
        <source>This photo is not part of the verification.</source>
        <translation>Dieses Foto gehört nicht zur Verifizierung.</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>Fotoseite Ihres Reisepasses</translation>
    </message>
    <message>
        <source>Front of your national identity card</source>
        <translation>Vorderseite Ihres Personalausweises</translation>
    </message>
    <message>
        <source>Back of your national identity card</source>
        <translation>Rückseite Ihres Personalausweises</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>Vorderseite Ihres Führerscheins</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>Rückseite Ihres Führerscheins</translation>
    </message>
    <message>
        <source>You, your passport and a note</source>
        <translation>Sie, Ihr Reisepass und ein Zettel</translation>
    </message>
    <message>
        <source>You, your identity card and a note</source>
        <translation>Sie, Ihr Ausweis und ein Zettel</translation>
    </message>
    <message>
        <source>You, your driving licence and a note</source>
        <translation>Sie, Ihr Führerschein und ein Zettel</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>Vorderseite Ihres Dokuments</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>Rückseite Ihres Dokuments</translation>
    </message>
    <message>
        <source>A photo of your face</source>
        <translation>Ein Foto Ihres Gesichts</translation>
    </message>
    <message>
        <source>You, your document and a note</source>
        <translation>Sie, Ihr Dokument und ein Zettel</translation>
    </message>
    <message>
        <source>Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>Halten Sie das Handy quer. Legen Sie das Dokument auf eine dunkle, einfarbige Unterlage in gutem Licht, füllen Sie das Bild damit und vermeiden Sie Spiegelungen.</translation>
    </message>
    <message>
        <source>Turn it over. Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>Drehen Sie es um. Halten Sie das Handy quer. Legen Sie das Dokument auf eine dunkle, einfarbige Unterlage in gutem Licht, füllen Sie das Bild damit und vermeiden Sie Spiegelungen.</translation>
    </message>
    <message>
        <source>Look straight at the camera in good light. No sunglasses or hat; only you in the picture.</source>
        <translation>Schauen Sie bei gutem Licht gerade in die Kamera. Keine Sonnenbrille, kein Hut; nur Sie im Bild.</translation>
    </message>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face.</source>
        <translation>Schreiben Sie das heutige Datum ({today}) und die Worte „{word}“ auf ein Blatt Papier. Halten Sie das Blatt und Ihr Dokument neben Ihr Gesicht.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>QR code: scan it with your phone&apos;s camera</source>
        <translation>QR-Code: mit der Kamera Ihres Telefons scannen</translation>
    </message>
    <message>
        <source>This computer is not on a network, so a phone cannot reach it. Connect it to Wi-Fi, or go Back and use the camera or upload photos.</source>
        <translation>Dieser Computer ist mit keinem Netzwerk verbunden, ein Handy erreicht ihn nicht. Verbinden Sie ihn mit dem WLAN, oder gehen Sie zurück und nutzen Sie die Kamera oder laden Sie Fotos hoch.</translation>
    </message>
    <message>
        <source>Or type this address in the phone&apos;s browser:</source>
        <translation>Oder geben Sie diese Adresse im Browser des Handys ein:</translation>
    </message>
    <message>
        <source>Or send the link to your e-mail:</source>
        <translation>Oder senden Sie den Link an Ihre E-Mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@beispiel.de</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Ihre E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Send link</source>
        <translation>Link senden</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Netzwerk:</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Auf dem Handy weitermachen</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. Your phone must be on the same Wi-Fi as this computer.</source>
        <translation>Scannen Sie den Code mit der Handykamera. Das Handy muss im selben WLAN sein wie dieser Computer.</translation>
    </message>
    <message>
        <source>The phone link could not be started</source>
        <translation>Die Verbindung zum Handy konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>This computer could not open a connection for the phone on {address} ({reason}). Press Try again, or go Back and use the camera or upload photos.</source>
        <translation>Dieser Computer konnte auf {address} keine Verbindung für das Handy öffnen ({reason}). Drücken Sie „Erneut versuchen“, oder gehen Sie zurück und nutzen Sie die Kamera oder laden Sie Fotos hoch.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>Warten auf Ihr Handy…</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>✓  {side} received</source>
        <translation>✓  {side} erhalten</translation>
    </message>
    <message>
        <source>…  {side}: checking the photo</source>
        <translation>…  {side}: Foto wird geprüft</translation>
    </message>
    <message>
        <source>the photo could not be used</source>
        <translation>das Foto ist nicht verwendbar</translation>
    </message>
    <message>
        <source>✗  {side} not accepted: {reason}. Retake it on the phone.</source>
        <translation>✗  {side} nicht angenommen: {reason}. Nehmen Sie es auf dem Handy neu auf.</translation>
    </message>
    <message>
        <source>○  {side}</source>
        <translation>○  {side}</translation>
    </message>
    <message>
        <source>Phone connected — follow the steps on your phone</source>
        <translation>Handy verbunden — folgen Sie den Schritten auf dem Handy</translation>
    </message>
    <message>
        <source>✓ All photos received</source>
        <translation>✓ Alle Fotos erhalten</translation>
    </message>
    <message>
        <source>The link has expired — press New link</source>
        <translation>Der Link ist abgelaufen — drücken Sie „Neuer Link“</translation>
    </message>
    <message>
        <source>For your security, a link works for a limited time.</source>
        <translation>Zu Ihrer Sicherheit gilt ein Link nur begrenzte Zeit.</translation>
    </message>
    <message numerus="yes">
        <source>The link works for %n more minute(s), on one phone.</source>
        <translation>
            <numerusform>Der Link gilt noch %n Minute, auf einem Handy.</numerusform>
            <numerusform>Der Link gilt noch %n Minuten, auf einem Handy.</numerusform>
        </translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Sent. Open the e-mail on your phone.</source>
        <translation>Gesendet. Öffnen Sie die E-Mail auf Ihrem Handy.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent (details are in the log file).</source>
        <translation>Die E-Mail konnte nicht gesendet werden (Details in der Protokolldatei).</translation>
    </message>
</context>
<context>
    <name>PhoneWeb</name>
    <message>
        <source>Identity verification</source>
        <translation>Identitätsprüfung</translation>
    </message>
    <message>
        <source>The photo you took</source>
        <translation>Ihr aufgenommenes Foto</translation>
    </message>
    <message>
        <source>Photo {number} of {total}</source>
        <translation>Foto {number} von {total}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Foto aufnehmen</translation>
    </message>
    <message>
        <source>Retake photo</source>
        <translation>Foto neu aufnehmen</translation>
    </message>
    <message>
        <source>Take photo again</source>
        <translation>Foto erneut aufnehmen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>All photos received</source>
        <translation>Alle Fotos erhalten</translation>
    </message>
    <message>
        <source>Thank you. Continue on the computer. You can close this page.</source>
        <translation>Vielen Dank. Machen Sie am Computer weiter. Sie können diese Seite schließen.</translation>
    </message>
    <message>
        <source>This link no longer works</source>
        <translation>Dieser Link funktioniert nicht mehr</translation>
    </message>
    <message>
        <source>The last photo can&apos;t be used: {instruction}</source>
        <translation>Das letzte Foto ist nicht verwendbar: {instruction}</translation>
    </message>
    <message>
        <source>This photo can&apos;t be used: {instruction}</source>
        <translation>Dieses Foto ist nicht verwendbar: {instruction}</translation>
    </message>
    <message>
        <source>✓ Photo accepted</source>
        <translation>✓ Foto angenommen</translation>
    </message>
    <message>
        <source>This photo is too large (at most {mb} MB). Take it with a lower resolution.</source>
        <translation>Dieses Foto ist zu groß (höchstens {mb} MB). Nehmen Sie es mit geringerer Auflösung auf.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Foto wird vorbereitet…</translation>
    </message>
    <message>
        <source>This photo could not be read on this phone. Please take it again.</source>
        <translation>Dieses Foto konnte auf diesem Handy nicht gelesen werden. Bitte nehmen Sie es erneut auf.</translation>
    </message>
    <message>
        <source>Sending the photo…</source>
        <translation>Foto wird gesendet…</translation>
    </message>
    <message>
        <source>Sending the photo… {percent}%</source>
        <translation>Foto wird gesendet… {percent} %</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Foto wird geprüft…</translation>
    </message>
    <message>
        <source>The photo could not be sent. Check that this phone is on the same Wi-Fi as the computer, then try again.</source>
        <translation>Das Foto konnte nicht gesendet werden. Prüfen Sie, ob dieses Handy im selben WLAN ist wie der Computer, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Ask for a new link on the computer.</source>
        <translation>Fordern Sie am Computer einen neuen Link an.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Zu viele Versuche. Warten Sie kurz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Etwas ist schiefgegangen. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>This link is incomplete</source>
        <translation>Dieser Link ist unvollständig</translation>
    </message>
    <message>
        <source>Scan the QR code on the computer again. If you typed the address, type all of it, with the part after the # sign.</source>
        <translation>Scannen Sie den QR-Code am Computer erneut. Wenn Sie die Adresse eingetippt haben, tippen Sie sie vollständig ein, mit dem Teil nach dem #-Zeichen.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff exit</source>
        <translation>Ausgang für Mitarbeitende</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to close the kiosk.</source>
        <translation>Nur für Mitarbeitende: Geben Sie die PIN ein, um den Kiosk zu schließen.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Falsche PIN.</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Zurück zum Kiosk</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Kiosk schließen</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
</context>
<context>
    <name>RemovablePicker</name>
    <message>
        <source>Choose a photo</source>
        <translation>Foto auswählen</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick or memory card</source>
        <translation>Wählen Sie ein Foto von Ihrem USB-Stick oder Ihrer Speicherkarte</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Dieses Foto verwenden</translation>
    </message>
    <message>
        <source>Plug in a USB stick or memory card, then press Look again.</source>
        <translation>Stecken Sie einen USB-Stick oder eine Speicherkarte ein und drücken Sie dann „Erneut suchen“.</translation>
    </message>
    <message>
        <source>No photos were found on the USB stick or memory card.</source>
        <translation>Auf dem USB-Stick oder der Speicherkarte wurden keine Fotos gefunden.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Photo of the front</source>
        <translation>Foto der Vorderseite</translation>
    </message>
    <message>
        <source>Photo of the back</source>
        <translation>Foto der Rückseite</translation>
    </message>
    <message>
        <source>Photo of your face</source>
        <translation>Foto Ihres Gesichts</translation>
    </message>
    <message>
        <source>Photo of the statement</source>
        <translation>Foto der Erklärung</translation>
    </message>
    <message>
        <source>Retake front</source>
        <translation>Vorderseite neu aufnehmen</translation>
    </message>
    <message>
        <source>Retake back</source>
        <translation>Rückseite neu aufnehmen</translation>
    </message>
    <message>
        <source>Retake face</source>
        <translation>Gesicht neu aufnehmen</translation>
    </message>
    <message>
        <source>Retake statement</source>
        <translation>Erklärung neu aufnehmen</translation>
    </message>
    <message>
        <source>Enlarge front</source>
        <translation>Vorderseite vergrößern</translation>
    </message>
    <message>
        <source>Enlarge back</source>
        <translation>Rückseite vergrößern</translation>
    </message>
    <message>
        <source>Enlarge face</source>
        <translation>Gesicht vergrößern</translation>
    </message>
    <message>
        <source>Enlarge statement</source>
        <translation>Erklärung vergrößern</translation>
    </message>
    <message>
        <source>Check your photos</source>
        <translation>Prüfen Sie Ihre Fotos</translation>
    </message>
    <message>
        <source>Make sure every detail is readable. Retake any photo you are not happy with.</source>
        <translation>Achten Sie darauf, dass jedes Detail lesbar ist. Nehmen Sie Fotos neu auf, mit denen Sie nicht zufrieden sind.</translation>
    </message>
    <message>
        <source>Missing — take this photo</source>
        <translation>Fehlt — nehmen Sie dieses Foto auf</translation>
    </message>
    <message>
        <source>Looks good</source>
        <translation>Sieht gut aus</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Neu aufnehmen</translation>
    </message>
    <message>
        <source>Not compared with the photo on your document (none could be read)</source>
        <translation>Nicht mit dem Foto im Dokument verglichen (keines lesbar)</translation>
    </message>
    <message>
        <source>Matches the photo on your document (score {score})</source>
        <translation>Passt zum Foto im Dokument (Wert {score})</translation>
    </message>
    <message>
        <source>Does not match the photo on your document (score {score})</source>
        <translation>Passt nicht zum Foto im Dokument (Wert {score})</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face, facing the camera.</source>
        <translation>Schreiben Sie das heutige Datum ({today}) und die Worte „{word}“ auf ein Blatt Papier. Halten Sie das Blatt und Ihr Dokument neben Ihr Gesicht, zur Kamera gewandt.</translation>
    </message>
    <message>
        <source>Upload a photo of you holding your document and a note with today&apos;s date and the words “{word}”.</source>
        <translation>Laden Sie ein Foto hoch, auf dem Sie Ihr Dokument und einen Zettel mit dem heutigen Datum und den Worten „{word}“ halten.</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Preparing your photos…</source>
        <translation>Fotos werden vorbereitet…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Wird verschlüsselt…</translation>
    </message>
    <message>
        <source>Saving securely…</source>
        <translation>Wird sicher gespeichert…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <source>Send your verification</source>
        <translation>Verifizierung senden</translation>
    </message>
    <message>
        <source>Check the summary, confirm, and send.</source>
        <translation>Prüfen Sie die Übersicht, bestätigen Sie und senden Sie.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff for help; your photos stay here until you cancel.</source>
        <translation>Dieser Computer kann Ihre Verifizierung nicht senden. Bitte fragen Sie das Personal; Ihre Fotos bleiben hier, bis Sie abbrechen.</translation>
    </message>
    <message>
        <source>Development mode: the package will be saved WITHOUT encryption (package.allow_unencrypted). Never use this with real documents.</source>
        <translation>Entwicklungsmodus: Das Paket wird OHNE Verschlüsselung gespeichert (package.allow_unencrypted). Nie mit echten Dokumenten verwenden.</translation>
    </message>
    <message>
        <source>I confirm that this is my own identity document and I agree that these photos are sent to verify my identity.</source>
        <translation>Ich bestätige, dass dies mein eigenes Ausweisdokument ist, und bin einverstanden, dass diese Fotos zur Prüfung meiner Identität gesendet werden.</translation>
    </message>
    <message>
        <source>Submit verification</source>
        <translation>Verifizierung absenden</translation>
    </message>
    <message>
        <source>✓ from {source}</source>
        <translation>✓ von: {source}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Was gesendet wird</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>Land: {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Dokument: {name}</translation>
    </message>
    <message>
        <source>Photos: {list}</source>
        <translation>Fotos: {list}</translation>
    </message>
    <message>
        <source>Your photos are still here: press Submit to try again.</source>
        <translation>Ihre Fotos sind noch da: Drücken Sie „Absenden“, um es erneut zu versuchen.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff.</source>
        <translation>Dieser Computer kann Ihre Verifizierung nicht senden. Bitte fragen Sie das Personal.</translation>
    </message>
    <message>
        <source>Your photos could not be saved: {why}.</source>
        <translation>Ihre Fotos konnten nicht gespeichert werden: {why}.</translation>
    </message>
    <message>
        <source>Your photos could not be packaged: {why}.</source>
        <translation>Ihre Fotos konnten nicht verpackt werden: {why}.</translation>
    </message>
    <message>
        <source>Something went wrong while saving (details are in the log file).</source>
        <translation>Beim Speichern ist etwas schiefgegangen (Details in der Protokolldatei).</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Choose a file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, TIFF or BMP</source>
        <translation>JPEG, PNG, WebP, HEIC, TIFF oder BMP</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Verify your identity</source>
        <translation>Identität bestätigen</translation>
    </message>
    <message>
        <source>It takes about three minutes. We tell you at every step what to do.</source>
        <translation>Es dauert etwa drei Minuten. Wir sagen Ihnen bei jedem Schritt, was zu tun ist.</translation>
    </message>
    <message>
        <source>Choose your document</source>
        <translation>Dokument wählen</translation>
    </message>
    <message>
        <source>The country that issued it and its type</source>
        <translation>Ausstellendes Land und Dokumentart</translation>
    </message>
    <message>
        <source>Photograph it</source>
        <translation>Fotografieren</translation>
    </message>
    <message>
        <source>The front, and the back if it has one</source>
        <translation>Die Vorderseite und, falls vorhanden, die Rückseite</translation>
    </message>
    <message>
        <source>Take a face photo</source>
        <translation>Gesichtsfoto aufnehmen</translation>
    </message>
    <message>
        <source>So we can see it is you</source>
        <translation>Damit wir sehen, dass Sie es sind</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Prüfen und absenden</translation>
    </message>
    <message>
        <source>Look over your photos, then send them</source>
        <translation>Fotos ansehen, dann absenden</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Halten Sie bereit</translation>
    </message>
    <message>
        <source>• Your passport, national ID card or driving licence</source>
        <translation>• Ihren Reisepass, Personalausweis oder Führerschein</translation>
    </message>
    <message>
        <source>• A well-lit place without direct sunlight</source>
        <translation>• Einen hellen Ort ohne direkte Sonne</translation>
    </message>
    <message>
        <source>• A plain, dark surface to lay the document on</source>
        <translation>• Eine einfarbige, dunkle Unterlage für das Dokument</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Ihre Privatsphäre</translation>
    </message>
    <message>
        <source>Your photos stay in this computer&apos;s memory while you work. When you submit, they are encrypted before anything is saved or sent, then wiped from memory. If you cancel, they are wiped at once.</source>
        <translation>Ihre Fotos bleiben während der Arbeit im Speicher dieses Computers. Beim Absenden werden sie verschlüsselt, bevor etwas gespeichert oder gesendet wird, und dann aus dem Speicher gelöscht. Wenn Sie abbrechen, werden sie sofort gelöscht.</translation>
    </message>
    <message>
        <source>This computer cannot send verifications yet: it has no encryption key. Please ask a member of staff. (Staff: set package.recipients, see docs/configuration.md.)</source>
        <translation>Dieser Computer kann noch keine Verifizierungen senden: Es fehlt ein Verschlüsselungsschlüssel. Bitte fragen Sie das Personal. (Personal: package.recipients setzen, siehe docs/configuration.md.)</translation>
    </message>
    <message>
        <source>Demo run: the demo camera shows a sample document. Packages of its photos are marked as demo and are not a real verification.</source>
        <translation>Demo-Lauf: Die Demo-Kamera zeigt ein Musterdokument. Pakete mit ihren Fotos sind als Demo markiert und keine echte Verifizierung.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Identity verification</source>
        <translation>Identitätsprüfung</translation>
    </message>
</context>
</TS>
