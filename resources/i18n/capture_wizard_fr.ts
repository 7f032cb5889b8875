<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Upload a file instead</source>
        <translation>Importer un fichier</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Take photo  (Space)</source>
        <translation>Photo  (Espace)</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Garder cette photo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>Utiliser la caméra de démo</translation>
    </message>
    <message>
        <source>Upload a sharp photo of the whole document, taken straight on.</source>
        <translation>Importez une photo nette du document entier, prise bien de face.</translation>
    </message>
    <message>
        <source>Hold it inside the frame, flat and steady. The photo is taken for you.</source>
        <translation>Tenez-le dans le cadre, à plat et immobile. La photo est prise automatiquement.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Démarrage de la caméra…</translation>
    </message>
    <message>
        <source>This file cannot be used: {error}. Choose another photo.</source>
        <translation>Ce fichier est inutilisable : {error}. Choisissez une autre photo.</translation>
    </message>
    <message>
        <source>⟲  Now turn your document over</source>
        <translation>⟲  Retournez maintenant votre document</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Ne bougez plus…</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Vérification de la photo…</translation>
    </message>
    <message>
        <source>Press Try again. If this keeps happening, ask a member of staff for help; the details are in the log file.</source>
        <translation>Appuyez sur Réessayer. Si le problème persiste, demandez de l’aide au personnel ; les détails sont dans le journal.</translation>
    </message>
    <message>
        <source>The photo check is not working</source>
        <translation>La vérification des photos ne fonctionne pas</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Check that the photo is sharp and that every detail can be read.</source>
        <translation>Vérifiez que la photo est nette et que chaque détail est lisible.</translation>
    </message>
    <message>
        <source>✓ This photo looks good — moving on…</source>
        <translation>✓ Cette photo est bonne — on continue…</translation>
    </message>
    <message>
        <source>✓ This photo looks good</source>
        <translation>✓ Cette photo est bonne</translation>
    </message>
    <message>
        <source>This photo may be rejected: {instruction}</source>
        <translation>Cette photo risque d’être refusée : {instruction}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>CaptureWizard</name>
    <message>
        <source>Identity verification</source>
        <translation>Vérification d’identité</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Cancel and delete your photos?</source>
        <translation>Annuler et supprimer vos photos ?</translation>
    </message>
    <message>
        <source>Your photos will be deleted now. To verify later, you start again.</source>
        <translation>Vos photos vont être supprimées. Pour vous vérifier plus tard, vous recommencerez.</translation>
    </message>
    <message>
        <source>Cancel and delete photos</source>
        <translation>Annuler et supprimer</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Continuer</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Passport</source>
        <translation>Passeport</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Carte nationale d’identité</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permis de conduire</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Titre de séjour</translation>
    </message>
    <message>
        <source>A residence permit shows your right to stay, not your nationality. Please use your passport or national ID card.</source>
        <translation>Un titre de séjour prouve votre droit au séjour, pas votre nationalité. Utilisez votre passeport ou votre carte d’identité.</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permis de travail</translation>
    </message>
    <message>
        <source>A work permit is not an identity document. Please use your passport or national ID card.</source>
        <translation>Un permis de travail n’est pas une pièce d’identité. Utilisez votre passeport ou votre carte d’identité.</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Carte d’étudiant</translation>
    </message>
    <message>
        <source>Student cards are not official identity documents. Please use your passport or national ID card.</source>
        <translation>Les cartes d’étudiant ne sont pas des pièces d’identité officielles. Utilisez votre passeport ou votre carte d’identité.</translation>
    </message>
</context>
<context>
    <name>ConfirmView</name>
    <message>
        <source>The photo just taken</source>
        <translation>La photo qui vient d&apos;être prise</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Check the details read from your document</source>
        <translation>Vérifiez les données lues sur votre document</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numéro du document</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nationalité</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Date d’expiration</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Pas de date d’expiration</translation>
    </message>
    <message>
        <source>{date} — expired</source>
        <translation>{date} — expiré</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d MMMM yyyy</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Which document will you use?</source>
        <translation>Quel document allez-vous utiliser ?</translation>
    </message>
    <message>
        <source>Choose the country that issued it, then the type of document.</source>
        <translation>Choisissez le pays qui l’a délivré, puis le type de document.</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Pays de délivrance</translation>
    </message>
    <message>
        <source>Type to search, e.g. Germany</source>
        <translation>Rechercher, p. ex. France</translation>
    </message>
    <message>
        <source>Search for the issuing country</source>
        <translation>Rechercher le pays de délivrance</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <source>Choose a country first</source>
        <translation>Choisissez d’abord un pays</translation>
    </message>
    <message>
        <source>front and back</source>
        <translation>recto et verso</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>une face</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>non accepté</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your verification has been sent. We will let you know the result.</source>
        <translation>Votre vérification a été envoyée. Nous vous communiquerons le résultat.</translation>
    </message>
    <message>
        <source>Your verification has been passed on. We will let you know the result.</source>
        <translation>Votre vérification a été transmise. Nous vous communiquerons le résultat.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer. It could not be sent just now and will be sent automatically — you do not need to do anything.</source>
        <translation>Votre vérification est enregistrée en sécurité sur cet ordinateur. Elle n’a pas pu être envoyée pour l’instant et le sera automatiquement — vous n’avez rien à faire.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer and will be passed on to our team — you do not need to do anything.</source>
        <translation>Votre vérification est enregistrée en sécurité sur cet ordinateur et sera transmise à notre équipe — vous n’avez rien à faire.</translation>
    </message>
    <message>
        <source>Your verification is saved, but our server did not accept it. Please show this reference number to a member of staff.</source>
        <translation>Votre vérification est enregistrée, mais notre serveur l’a refusée. Montrez ce numéro de référence au personnel.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Merci</translation>
    </message>
    <message>
        <source>You have completed all the steps.</source>
        <translation>Vous avez terminé toutes les étapes.</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Votre numéro de référence</translation>
    </message>
    <message>
        <source>Nothing was submitted.</source>
        <translation>Rien n’a été envoyé.</translation>
    </message>
    <message>
        <source>Your photos have been removed from this computer&apos;s memory.</source>
        <translation>Vos photos ont été effacées de la mémoire de cet ordinateur.</translation>
    </message>
    <message>
        <source>Development mode: the package was saved without encryption.</source>
        <translation>Mode développement : le paquet a été enregistré sans chiffrement.</translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message>
        <source>Take a photo of your face</source>
        <translation>Prenez une photo de votre visage</translation>
    </message>
    <message>
        <source>Look straight at the camera with your face inside the oval. Remove sunglasses and hats. Only you may be in the picture.</source>
        <translation>Regardez droit vers la caméra, le visage dans l’ovale. Retirez lunettes de soleil et chapeau. Vous seul devez être sur la photo.</translation>
    </message>
    <message>
        <source>Upload a recent, sharp photo of your face, looking straight at the camera.</source>
        <translation>Importez une photo récente et nette de votre visage, regard droit vers l’objectif.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Show your document to the camera</source>
        <translation>Montrez votre document à la caméra</translation>
    </message>
    <message>
        <source>Move the document fully into the frame</source>
        <translation>Placez tout le document dans le cadre</translation>
    </message>
    <message>
        <source>Move the document closer</source>
        <translation>Rapprochez le document</translation>
    </message>
    <message>
        <source>Move the document a little further away</source>
        <translation>Éloignez un peu le document</translation>
    </message>
    <message>
        <source>Hold the document horizontally</source>
        <translation>Tenez le document à l’horizontale</translation>
    </message>
    <message>
        <source>Hold still — the picture is blurred</source>
        <translation>Ne bougez plus — l’image est floue</translation>
    </message>
    <message>
        <source>Find more light</source>
        <translation>Trouvez plus de lumière</translation>
    </message>
    <message>
        <source>Too bright — move away from direct light</source>
        <translation>Trop lumineux — éloignez-vous de la lumière directe</translation>
    </message>
    <message>
        <source>Tilt the document to avoid glare</source>
        <translation>Inclinez le document pour éviter les reflets</translation>
    </message>
    <message>
        <source>Move your finger off the document</source>
        <translation>Retirez votre doigt du document</translation>
    </message>
    <message>
        <source>This is not the document you chose</source>
        <translation>Ce n’est pas le document choisi</translation>
    </message>
    <message>
        <source>This document has expired — use a valid one</source>
        <translation>Ce document a expiré — utilisez un document valide</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the document closer</source>
        <translation>Gardez doigts et reflets hors des lignes de code en bas, et rapprochez le document</translation>
    </message>
    <message>
        <source>This document is from another country than the one you chose</source>
        <translation>Ce document vient d’un autre pays que celui choisi</translation>
    </message>
    <message>
        <source>Turn the document the right way up</source>
        <translation>Remettez le document à l’endroit</translation>
    </message>
    <message>
        <source>This looks like the back — show the side with your photo</source>
        <translation>C’est sans doute le verso — montrez la face avec votre photo</translation>
    </message>
    <message>
        <source>This is the side with your photo — turn the document over</source>
        <translation>C’est la face avec votre photo — retournez le document</translation>
    </message>
    <message>
        <source>Show the real document, not a screen</source>
        <translation>Montrez le vrai document, pas un écran</translation>
    </message>
    <message>
        <source>Use an unedited photo</source>
        <translation>Utilisez une photo non retouchée</translation>
    </message>
    <message>
        <source>Look into the camera</source>
        <translation>Regardez la caméra</translation>
    </message>
    <message>
        <source>Only you may be in the picture</source>
        <translation>Vous seul devez être sur la photo</translation>
    </message>
    <message>
        <source>Come closer to the camera</source>
        <translation>Rapprochez-vous de la caméra</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>Reculez un peu</translation>
    </message>
    <message>
        <source>Light your face — turn towards a window or lamp</source>
        <translation>Éclairez votre visage — tournez-vous vers une fenêtre ou une lampe</translation>
    </message>
    <message>
        <source>Move your face into the oval</source>
        <translation>Placez votre visage dans l’ovale</translation>
    </message>
    <message>
        <source>Look straight at the camera, head upright</source>
        <translation>Regardez droit vers la caméra, tête droite</translation>
    </message>
    <message>
        <source>Your face does not match the photo on your document — the document&apos;s holder must take every photo</source>
        <translation>Votre visage ne correspond pas à la photo du document — toutes les photos doivent être prises par son titulaire</translation>
    </message>
    <message>
        <source>Hold the paper closer, flat and in good light</source>
        <translation>Rapprochez la feuille, à plat et bien éclairée</translation>
    </message>
    <message>
        <source>Write today&apos;s date on the paper: year, month and day</source>
        <translation>Écrivez la date du jour sur la feuille : année, mois et jour</translation>
    </message>
    <message>
        <source>Write the word shown above on the paper</source>
        <translation>Écrivez sur la feuille le mot indiqué ci-dessus</translation>
    </message>
    <message>
        <source>No document can be seen in this photo — choose a photo of it</source>
        <translation>Aucun document visible sur cette photo — choisissez une photo du document</translation>
    </message>
    <message>
        <source>Part of the document is missing — choose a photo of all of it</source>
        <translation>Une partie du document manque — choisissez une photo du document entier</translation>
    </message>
    <message>
        <source>The document is too small in this photo — choose a closer one</source>
        <translation>Le document est trop petit sur cette photo — choisissez-en une plus proche</translation>
    </message>
    <message>
        <source>The document does not fit in this photo — choose one of all of it</source>
        <translation>Le document dépasse de la photo — choisissez-en une du document entier</translation>
    </message>
    <message>
        <source>The document is turned on its side — choose an upright photo</source>
        <translation>Le document est couché — choisissez une photo droite</translation>
    </message>
    <message>
        <source>This photo is blurred — choose a sharp one</source>
        <translation>Cette photo est floue — choisissez-en une nette</translation>
    </message>
    <message>
        <source>This photo is too dark — choose one taken in good light</source>
        <translation>Cette photo est trop sombre — choisissez-en une bien éclairée</translation>
    </message>
    <message>
        <source>This photo is too bright — choose one without direct light</source>
        <translation>Cette photo est trop claire — choisissez-en une sans lumière directe</translation>
    </message>
    <message>
        <source>Glare hides part of the document — choose a photo without reflections</source>
        <translation>Des reflets cachent une partie du document — choisissez une photo sans reflets</translation>
    </message>
    <message>
        <source>Something covers part of the document — choose a photo without it</source>
        <translation>Quelque chose cache une partie du document — choisissez une photo sans obstacle</translation>
    </message>
    <message>
        <source>The code lines at the bottom cannot be read — choose a sharper one</source>
        <translation>Les lignes de code en bas sont illisibles — choisissez une photo plus nette</translation>
    </message>
    <message>
        <source>The document is upside down — choose an upright photo</source>
        <translation>Le document est à l’envers — choisissez une photo à l’endroit</translation>
    </message>
    <message>
        <source>No face can be seen in this photo — choose a photo of your face</source>
        <translation>Aucun visage visible sur cette photo — choisissez une photo de votre visage</translation>
    </message>
    <message>
        <source>Your face is too small in this photo — choose a closer one</source>
        <translation>Votre visage est trop petit sur cette photo — choisissez-en une plus proche</translation>
    </message>
    <message>
        <source>Your face is too close in this photo — choose one from further away</source>
        <translation>Votre visage est trop près sur cette photo — choisissez-en une prise de plus loin</translation>
    </message>
    <message>
        <source>Your face is too dark in this photo — choose one in good light</source>
        <translation>Votre visage est trop sombre sur cette photo — choisissez-en une bien éclairée</translation>
    </message>
    <message>
        <source>Your face is not in the middle of this photo — choose another</source>
        <translation>Votre visage n’est pas au centre de cette photo — choisissez-en une autre</translation>
    </message>
    <message>
        <source>Your face is turned away in this photo — choose one looking straight</source>
        <translation>Votre visage est tourné sur cette photo — choisissez-en une de face</translation>
    </message>
    <message>
        <source>This looks like the back — choose a photo of the side with your photo</source>
        <translation>C’est sans doute le verso — choisissez une photo de la face avec votre photo</translation>
    </message>
    <message>
        <source>This is the side with your photo — choose a photo of the back</source>
        <translation>C’est la face avec votre photo — choisissez une photo du verso</translation>
    </message>
    <message>
        <source>The note cannot be read — choose a sharper, closer photo</source>
        <translation>La note est illisible — choisissez une photo plus nette et plus proche</translation>
    </message>
    <message>
        <source>This is a photo of a screen — choose a photo of the real document</source>
        <translation>C’est la photo d’un écran — choisissez une photo du vrai document</translation>
    </message>
    <message>
        <source>Adjust the document</source>
        <translation>Ajustez le document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Cadrage</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Netteté</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Lumière</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>Sans reflet</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>Dégagé</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Vous seul</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Facing camera</source>
        <translation>Face caméra</translation>
    </message>
    <message>
        <source>Your document</source>
        <translation>Votre document</translation>
    </message>
    <message>
        <source>Date and word (checked on the photo)</source>
        <translation>Date et mot (vérifiés sur la photo)</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Aucune caméra trouvée</translation>
    </message>
    <message>
        <source>Connect a camera and press Try again, or upload a photo instead.</source>
        <translation>Branchez une caméra et appuyez sur Réessayer, ou importez plutôt une photo.</translation>
    </message>
    <message>
        <source>The camera is not allowed</source>
        <translation>La caméra n’est pas autorisée</translation>
    </message>
    <message>
        <source>Allow this app to use the camera in your system&apos;s privacy settings, then press Try again. You can also upload a photo instead.</source>
        <translation>Autorisez cette application à utiliser la caméra dans les paramètres de confidentialité du système, puis appuyez sur Réessayer. Vous pouvez aussi importer une photo.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>La caméra est occupée</translation>
    </message>
    <message>
        <source>Another program is using the camera. Close it (video calls, other camera apps) and press Try again.</source>
        <translation>Un autre programme utilise la caméra. Fermez-le (appels vidéo, autres applications photo) et appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation>La caméra a été déconnectée</translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Try again. Your earlier photos are kept.</source>
        <translation>Vérifiez le câble de la caméra, puis appuyez sur Réessayer. Vos photos précédentes sont conservées.</translation>
    </message>
    <message>
        <source>The camera sends no picture</source>
        <translation>La caméra n’envoie pas d’image</translation>
    </message>
    <message>
        <source>Check that the camera is connected and not covered, then press Try again.</source>
        <translation>Vérifiez que la caméra est branchée et non couverte, puis appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation>La vidéo ne peut pas être lue</translation>
    </message>
    <message>
        <source>The chosen video or image folder could not be read. Choose another source.</source>
        <translation>La vidéo ou le dossier d’images choisi est illisible. Choisissez une autre source.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Recto</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Verso</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Visage</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Déclaration</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Caméra de démo</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>Page photo de votre passeport</translation>
    </message>
    <message>
        <source>Front of your identity card</source>
        <translation>Recto de votre carte d’identité</translation>
    </message>
    <message>
        <source>Back of your identity card</source>
        <translation>Verso de votre carte d’identité</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>Recto de votre permis de conduire</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>Verso de votre permis de conduire</translation>
    </message>
    <message>
        <source>Hold up your passport and a note</source>
        <translation>Montrez votre passeport et une note</translation>
    </message>
    <message>
        <source>Hold up your identity card and a note</source>
        <translation>Montrez votre carte d’identité et une note</translation>
    </message>
    <message>
        <source>Hold up your driving licence and a note</source>
        <translation>Montrez votre permis de conduire et une note</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>Recto de votre document</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>Verso de votre document</translation>
    </message>
    <message>
        <source>Hold up your document and a note</source>
        <translation>Montrez votre document et une note</translation>
    </message>
    <message>
        <source>Drop a photo of the front here</source>
        <translation>Déposez ici une photo du recto</translation>
    </message>
    <message>
        <source>Drop a photo of the back here</source>
        <translation>Déposez ici une photo du verso</translation>
    </message>
    <message>
        <source>Drop a photo of your face here</source>
        <translation>Déposez ici une photo de votre visage</translation>
    </message>
    <message>
        <source>Drop the photo here</source>
        <translation>Déposez la photo ici</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Êtes-vous toujours là ?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your photos will be deleted and this will start over in %n second(s).</source>
        <translation>
            <numerusform>Pour protéger votre vie privée, vos photos seront supprimées et tout recommencera dans %n seconde.</numerusform>
            <numerusform>Pour protéger votre vie privée, vos photos seront supprimées et tout recommencera dans %n secondes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live camera picture</source>
        <translation>Image de la caméra en direct</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Your link to continue the identity verification</source>
        <translation>Votre lien pour poursuivre la vérification d’identité</translation>
    </message>
    <message>
        <source>Open this link on your phone to take the photos for your identity verification:</source>
        <translation>Ouvrez ce lien sur votre téléphone pour prendre les photos de votre vérification d’identité :</translation>
    </message>
    <message>
        <source>The link works for {minutes} minutes, on the same Wi-Fi network as the computer where you started. If you did not ask for it, ignore this e-mail.</source>
        <translation>Le lien est valable {minutes} minutes, sur le même réseau Wi-Fi que l’ordinateur où vous avez commencé. Si vous ne l’avez pas demandé, ignorez cet e-mail.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address. Check it and try again.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>E-mail is not set up correctly: {why}</source>
        <translation>L’e-mail n’est pas correctement configuré : {why}</translation>
    </message>
    <message>
        <source>The mail server refused this app&apos;s login. Ask a member of staff.</source>
        <translation>Le serveur de messagerie a refusé la connexion de cette application. Adressez-vous au personnel.</translation>
    </message>
    <message>
        <source>The mail server refused this address. Check it and try again.</source>
        <translation>Le serveur de messagerie a refusé cette adresse. Vérifiez-la et réessayez.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent ({kind}). Scan the QR code instead, or try again later.</source>
        <translation>L’e-mail n’a pas pu être envoyé ({kind}). Scannez plutôt le code QR, ou réessayez plus tard.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How do you want to take the photos?</source>
        <translation>Comment voulez-vous prendre les photos ?</translation>
    </message>
    <message>
        <source>Choose one. You can change your mind later with Back.</source>
        <translation>Choisissez une option. Vous pourrez changer d’avis avec Retour.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s camera</source>
        <translation>Caméra de cet ordinateur</translation>
    </message>
    <message>
        <source>Hold the document up to the camera; we guide you live.</source>
        <translation>Présentez le document à la caméra ; nous vous guidons en direct.</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Caméra à utiliser</translation>
    </message>
    <message>
        <source>Try the demo camera</source>
        <translation>Essayer la caméra de démo</translation>
    </message>
    <message>
        <source>No camera needed: a sample document shows how the guidance works.</source>
        <translation>Pas besoin de caméra : un document exemple montre comment fonctionne le guidage.</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuer sur votre téléphone</translation>
    </message>
    <message>
        <source>Scan a QR code and take the photos with your phone&apos;s camera.</source>
        <translation>Scannez un code QR et prenez les photos avec votre téléphone.</translation>
    </message>
    <message>
        <source>Upload photos</source>
        <translation>Importer des photos</translation>
    </message>
    <message>
        <source>Use photos you have already taken (JPEG, PNG, HEIC...).</source>
        <translation>Utilisez des photos déjà prises (JPEG, PNG, HEIC…).</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Try the demo camera or upload photos.</source>
        <translation>Aucune caméra trouvée sur cet ordinateur. Essayez la caméra de démo ou importez des photos.</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Continue on your phone or upload photos.</source>
        <translation>Aucune caméra trouvée sur cet ordinateur. Continuez sur votre téléphone ou importez des photos.</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>Utiliser la caméra de démo</translation>
    </message>
    <message>
        <source>A sample document shows how the live guidance works.</source>
        <translation>Un document exemple montre comment fonctionne le guidage en direct.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Étape {number} sur {total}</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Take a photo of your document, filling most of the picture</source>
        <translation>Photographiez votre document en remplissant presque toute l’image</translation>
    </message>
    <message>
        <source>Get the whole document in the picture, with a little space around it</source>
        <translation>Cadrez tout le document, avec un peu de marge autour</translation>
    </message>
    <message>
        <source>Move the phone closer to the document</source>
        <translation>Rapprochez le téléphone du document</translation>
    </message>
    <message>
        <source>Move the phone a little further away</source>
        <translation>Éloignez un peu le téléphone</translation>
    </message>
    <message>
        <source>Turn your phone sideways so the document lies across the picture</source>
        <translation>Tournez le téléphone à l’horizontale pour que le document soit en largeur</translation>
    </message>
    <message>
        <source>Take a photo of your face, looking into the camera</source>
        <translation>Photographiez votre visage en regardant l’objectif</translation>
    </message>
    <message>
        <source>Hold the phone closer to your face</source>
        <translation>Rapprochez le téléphone de votre visage</translation>
    </message>
    <message>
        <source>Hold the phone a little further away</source>
        <translation>Éloignez un peu le téléphone</translation>
    </message>
    <message>
        <source>Keep your face in the middle of the picture</source>
        <translation>Gardez votre visage au centre de l’image</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the phone closer</source>
        <translation>Gardez doigts et reflets hors des lignes de code en bas, et rapprochez le téléphone</translation>
    </message>
    <message>
        <source>This request could not be understood.</source>
        <translation>Cette demande n’a pas pu être comprise.</translation>
    </message>
    <message>
        <source>This address does not accept that.</source>
        <translation>Cette adresse n’accepte pas cela.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Trop de requêtes. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>The photo was not sent encrypted, so it was not accepted. Open the link from the QR code on the computer again, then take the photo.</source>
        <translation>La photo n’a pas été envoyée chiffrée, elle a donc été refusée. Rouvrez le lien du code QR affiché sur l’ordinateur, puis prenez la photo.</translation>
    </message>
    <message>
        <source>The photo could not be unlocked on the computer. Scan the QR code on the computer again, then take the photo.</source>
        <translation>La photo n’a pas pu être déchiffrée sur l’ordinateur. Scannez à nouveau le code QR de l’ordinateur, puis prenez la photo.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Il n’y a rien ici.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {mb} MB). Take it again with a lower resolution.</source>
        <translation>La photo est trop grande ({mb} Mo au maximum). Reprenez-la avec une résolution plus basse.</translation>
    </message>
    <message>
        <source>The photo stopped arriving. Check the Wi-Fi and send it again.</source>
        <translation>La photo n’arrive plus. Vérifiez le Wi-Fi et renvoyez-la.</translation>
    </message>
    <message>
        <source>The photo did not arrive whole. Send it again.</source>
        <translation>La photo n’est pas arrivée entière. Renvoyez-la.</translation>
    </message>
    <message>
        <source>This is not a photo we can read. Take the photo again.</source>
        <translation>Nous ne pouvons pas lire cette photo. Reprenez-la.</translation>
    </message>
    <message>
        <source>This photo is too large to be read. Take it with a lower resolution.</source>
        <translation>Cette photo est trop grande pour être lue. Prenez-la avec une résolution plus basse.</translation>
    </message>
    <message>
        <source>This link is not valid. Scan the QR code again.</source>
        <translation>Ce lien n’est pas valide. Scannez à nouveau le code QR.</translation>
    </message>
    <message>
        <source>This link is already being used on another phone. Ask for a new link on the computer.</source>
        <translation>Ce lien est déjà utilisé sur un autre téléphone. Demandez un nouveau lien sur l’ordinateur.</translation>
    </message>
    <message>
        <source>All photos were received. Continue on the computer.</source>
        <translation>Toutes les photos ont été reçues. Continuez sur l’ordinateur.</translation>
    </message>
    <message>
        <source>This link was closed on the computer.</source>
        <translation>Ce lien a été fermé sur l’ordinateur.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one on the computer.</source>
        <translation>Ce lien a expiré. Demandez-en un nouveau sur l’ordinateur.</translation>
    </message>
    <message>
        <source>This photo is not part of the verification.</source>
        <translation>Cette photo ne fait pas partie de la vérification.</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>Page photo de votre passeport</translation>
    </message>
    <message>
        <source>Front of your national identity card</source>
        <translation>Recto de votre carte nationale d’identité</translation>
    </message>
    <message>
        <source>Back of your national identity card</source>
        <translation>Verso de votre carte nationale d’identité</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>Recto de votre permis de conduire</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>Verso de votre permis de conduire</translation>
    </message>
    <message>
        <source>You, your passport and a note</source>
        <translation>Vous, votre passeport et une note</translation>
    </message>
    <message>
        <source>You, your identity card and a note</source>
        <translation>Vous, votre carte d’identité et une note</translation>
    </message>
    <message>
        <source>You, your driving licence and a note</source>
        <translation>Vous, votre permis de conduire et une note</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>Recto de votre document</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>Verso de votre document</translation>
    </message>
    <message>
        <source>A photo of your face</source>
        <translation>Une photo de votre visage</translation>
    </message>
    <message>
        <source>You, your document and a note</source>
        <translation>Vous, votre document et une note</translation>
    </message>
    <message>
        <source>Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>Tenez le téléphone à l’horizontale. Posez le document sur une surface sombre et unie, bien éclairée, remplissez l’image avec lui et évitez les reflets.</translation>
    </message>
    <message>
        <source>Turn it over. Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>Retournez-le. Tenez le téléphone à l’horizontale. Posez le document sur une surface sombre et unie, bien éclairée, remplissez l’image avec lui et évitez les reflets.</translation>
    </message>
    <message>
        <source>Look straight at the camera in good light. No sunglasses or hat; only you in the picture.</source>
        <translation>Regardez droit vers l’objectif, bien éclairé. Ni lunettes de soleil ni chapeau ; vous seul sur la photo.</translation>
    </message>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face.</source>
        <translation>Écrivez la date du jour ({today}) et les mots « {word} » sur une feuille. Tenez la feuille et votre document à côté de votre visage.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>QR code: scan it with your phone&apos;s camera</source>
        <translation>Code QR : scannez-le avec l&apos;appareil photo de votre téléphone</translation>
    </message>
    <message>
        <source>This computer is not on a network, so a phone cannot reach it. Connect it to Wi-Fi, or go Back and use the camera or upload photos.</source>
        <translation>Cet ordinateur n’est connecté à aucun réseau : un téléphone ne peut pas le joindre. Connectez-le au Wi-Fi, ou revenez en arrière pour utiliser la caméra ou importer des photos.</translation>
    </message>
    <message>
        <source>Or type this address in the phone&apos;s browser:</source>
        <translation>Ou saisissez cette adresse dans le navigateur du téléphone :</translation>
    </message>
    <message>
        <source>Or send the link to your e-mail:</source>
        <translation>Ou envoyez le lien par e-mail :</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nom@exemple.fr</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Votre adresse e-mail</translation>
    </message>
    <message>
        <source>Send link</source>
        <translation>Envoyer le lien</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Réseau :</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuer sur votre téléphone</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. Your phone must be on the same Wi-Fi as this computer.</source>
        <translation>Scannez le code avec l’appareil photo du téléphone. Il doit être sur le même Wi-Fi que cet ordinateur.</translation>
    </message>
    <message>
        <source>The phone link could not be started</source>
        <translation>La connexion au téléphone n’a pas pu démarrer</translation>
    </message>
    <message>
        <source>This computer could not open a connection for the phone on {address} ({reason}). Press Try again, or go Back and use the camera or upload photos.</source>
        <translation>Cet ordinateur n’a pas pu ouvrir de connexion pour le téléphone sur {address} ({reason}). Appuyez sur Réessayer, ou revenez en arrière pour utiliser la caméra ou importer des photos.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>En attente de votre téléphone…</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configuré</translation>
    </message>
    <message>
        <source>✓  {side} received</source>
        <translation>✓  {side} : reçu</translation>
    </message>
    <message>
        <source>…  {side}: checking the photo</source>
        <translation>…  {side} : vérification de la photo</translation>
    </message>
    <message>
        <source>the photo could not be used</source>
        <translation>la photo est inutilisable</translation>
    </message>
    <message>
        <source>✗  {side} not accepted: {reason}. Retake it on the phone.</source>
        <translation>✗  {side} refusé : {reason}. Reprenez-le sur le téléphone.</translation>
    </message>
    <message>
        <source>○  {side}</source>
        <translation>○  {side}</translation>
    </message>
    <message>
        <source>Phone connected — follow the steps on your phone</source>
        <translation>Téléphone connecté — suivez les étapes sur votre téléphone</translation>
    </message>
    <message>
        <source>✓ All photos received</source>
        <translation>✓ Toutes les photos sont reçues</translation>
    </message>
    <message>
        <source>The link has expired — press New link</source>
        <translation>Le lien a expiré — appuyez sur Nouveau lien</translation>
    </message>
    <message>
        <source>For your security, a link works for a limited time.</source>
        <translation>Pour votre sécurité, un lien n’est valable que peu de temps.</translation>
    </message>
    <message numerus="yes">
        <source>The link works for %n more minute(s), on one phone.</source>
        <translation>
            <numerusform>Le lien est encore valable %n minute, sur un seul téléphone.</numerusform>
            <numerusform>Le lien est encore valable %n minutes, sur un seul téléphone.</numerusform>
        </translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Cela ne ressemble pas à une adresse e-mail.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Sent. Open the e-mail on your phone.</source>
        <translation>Envoyé. Ouvrez l’e-mail sur votre téléphone.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent (details are in the log file).</source>
        <translation>L’e-mail n’a pas pu être envoyé (détails dans le journal).</translation>
    </message>
</context>
<context>
    <name>PhoneWeb</name>
    <message>
        <source>Identity verification</source>
        <translation>Vérification d’identité</translation>
    </message>
    <message>
        <source>The photo you took</source>
        <translation>La photo que vous avez prise</translation>
    </message>
    <message>
        <source>Photo {number} of {total}</source>
        <translation>Photo {number} sur {total}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Prendre la photo</translation>
    </message>
    <message>
        <source>Retake photo</source>
        <translation>Reprendre la photo</translation>
    </message>
    <message>
        <source>Take photo again</source>
        <translation>Reprendre la photo</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>All photos received</source>
        <translation>Toutes les photos sont reçues</translation>
    </message>
    <message>
        <source>Thank you. Continue on the computer. You can close this page.</source>
        <translation>Merci. Continuez sur l’ordinateur. Vous pouvez fermer cette page.</translation>
    </message>
    <message>
        <source>This link no longer works</source>
        <translation>Ce lien ne fonctionne plus</translation>
    </message>
    <message>
        <source>The last photo can&apos;t be used: {instruction}</source>
        <translation>La dernière photo est inutilisable : {instruction}</translation>
    </message>
    <message>
        <source>This photo can&apos;t be used: {instruction}</source>
        <translation>Cette photo est inutilisable : {instruction}</translation>
    </message>
    <message>
        <source>✓ Photo accepted</source>
        <translation>✓ Photo acceptée</translation>
    </message>
    <message>
        <source>This photo is too large (at most {mb} MB). Take it with a lower resolution.</source>
        <translation>Cette photo est trop grande ({mb} Mo au maximum). Prenez-la avec une résolution plus basse.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Préparation de la photo…</translation>
    </message>
    <message>
        <source>This photo could not be read on this phone. Please take it again.</source>
        <translation>Cette photo n’a pas pu être lue sur ce téléphone. Reprenez-la.</translation>
    </message>
    <message>
        <source>Sending the photo…</source>
        <translation>Envoi de la photo…</translation>
    </message>
    <message>
        <source>Sending the photo… {percent}%</source>
        <translation>Envoi de la photo… {percent} %</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Vérification de la photo…</translation>
    </message>
    <message>
        <source>The photo could not be sent. Check that this phone is on the same Wi-Fi as the computer, then try again.</source>
        <translation>La photo n’a pas pu être envoyée. Vérifiez que ce téléphone est sur le même Wi-Fi que l’ordinateur, puis réessayez.</translation>
    </message>
    <message>
        <source>Ask for a new link on the computer.</source>
        <translation>Demandez un nouveau lien sur l’ordinateur.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Trop de tentatives. Patientez un instant et réessayez.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Un problème est survenu. Veuillez réessayer.</translation>
    </message>
    <message>
        <source>This link is incomplete</source>
        <translation>Ce lien est incomplet</translation>
    </message>
    <message>
        <source>Scan the QR code on the computer again. If you typed the address, type all of it, with the part after the # sign.</source>
        <translation>Scannez à nouveau le code QR de l’ordinateur. Si vous avez saisi l’adresse, saisissez-la entièrement, avec la partie après le signe #.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff exit</source>
        <translation>Sortie du personnel</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to close the kiosk.</source>
        <translation>Réservé au personnel : saisissez le code PIN pour fermer la borne.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>Code PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Code PIN incorrect.</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Retour à la borne</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Fermer la borne</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
</context>
<context>
    <name>RemovablePicker</name>
    <message>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick or memory card</source>
        <translation>Choisissez une photo sur votre clé USB ou votre carte mémoire</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Chercher à nouveau</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Utiliser cette photo</translation>
    </message>
    <message>
        <source>Plug in a USB stick or memory card, then press Look again.</source>
        <translation>Insérez une clé USB ou une carte mémoire, puis appuyez sur « Chercher à nouveau ».</translation>
    </message>
    <message>
        <source>No photos were found on the USB stick or memory card.</source>
        <translation>Aucune photo n’a été trouvée sur la clé USB ou la carte mémoire.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Photo of the front</source>
        <translation>Photo du recto</translation>
    </message>
    <message>
        <source>Photo of the back</source>
        <translation>Photo du verso</translation>
    </message>
    <message>
        <source>Photo of your face</source>
        <translation>Photo de votre visage</translation>
    </message>
    <message>
        <source>Photo of the statement</source>
        <translation>Photo de la déclaration</translation>
    </message>
    <message>
        <source>Retake front</source>
        <translation>Reprendre le recto</translation>
    </message>
    <message>
        <source>Retake back</source>
        <translation>Reprendre le verso</translation>
    </message>
    <message>
        <source>Retake face</source>
        <translation>Reprendre le visage</translation>
    </message>
    <message>
        <source>Retake statement</source>
        <translation>Reprendre la déclaration</translation>
    </message>
    <message>
        <source>Enlarge front</source>
        <translation>Agrandir le recto</translation>
    </message>
    <message>
        <source>Enlarge back</source>
        <translation>Agrandir le verso</translation>
    </message>
    <message>
        <source>Enlarge face</source>
        <translation>Agrandir le visage</translation>
    </message>
    <message>
        <source>Enlarge statement</source>
        <translation>Agrandir la déclaration</translation>
    </message>
    <message>
        <source>Check your photos</source>
        <translation>Vérifiez vos photos</translation>
    </message>
    <message>
        <source>Make sure every detail is readable. Retake any photo you are not happy with.</source>
        <translation>Vérifiez que chaque détail est lisible. Reprenez toute photo qui ne vous convient pas.</translation>
    </message>
    <message>
        <source>Missing — take this photo</source>
        <translation>Manquante — prenez cette photo</translation>
    </message>
    <message>
        <source>Looks good</source>
        <translation>Parfait</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Source : {source}</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Agrandir</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Not compared with the photo on your document (none could be read)</source>
        <translation>Non comparé à la photo du document (illisible)</translation>
    </message>
    <message>
        <source>Matches the photo on your document (score {score})</source>
        <translation>Correspond à la photo du document (score {score})</translation>
    </message>
    <message>
        <source>Does not match the photo on your document (score {score})</source>
        <translation>Ne correspond pas à la photo du document (score {score})</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face, facing the camera.</source>
        <translation>Écrivez la date du jour ({today}) et les mots « {word} » sur une feuille. Tenez la feuille et votre document à côté de votre visage, face à la caméra.</translation>
    </message>
    <message>
        <source>Upload a photo of you holding your document and a note with today&apos;s date and the words “{word}”.</source>
        <translation>Importez une photo de vous tenant votre document et une note avec la date du jour et les mots « {word} ».</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Preparing your photos…</source>
        <translation>Préparation de vos photos…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Chiffrement…</translation>
    </message>
    <message>
        <source>Saving securely…</source>
        <translation>Enregistrement sécurisé…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Send your verification</source>
        <translation>Envoyez votre vérification</translation>
    </message>
    <message>
        <source>Check the summary, confirm, and send.</source>
        <translation>Vérifiez le résumé, confirmez et envoyez.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff for help; your photos stay here until you cancel.</source>
        <translation>Cet ordinateur ne peut pas envoyer votre vérification. Demandez de l’aide au personnel ; vos photos restent ici jusqu’à ce que vous annuliez.</translation>
    </message>
    <message>
        <source>Development mode: the package will be saved WITHOUT encryption (package.allow_unencrypted). Never use this with real documents.</source>
        <translation>Mode développement : le paquet sera enregistré SANS chiffrement (package.allow_unencrypted). Ne jamais l’utiliser avec de vrais documents.</translation>
    </message>
    <message>
        <source>I confirm that this is my own identity document and I agree that these photos are sent to verify my identity.</source>
        <translation>Je confirme qu’il s’agit de ma propre pièce d’identité et j’accepte que ces photos soient envoyées pour vérifier mon identité.</translation>
    </message>
    <message>
        <source>Submit verification</source>
        <translation>Envoyer la vérification</translation>
    </message>
    <message>
        <source>✓ from {source}</source>
        <translation>✓ source : {source}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Ce qui sera envoyé</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>Pays : {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Document : {name}</translation>
    </message>
    <message>
        <source>Photos: {list}</source>
        <translation>Photos : {list}</translation>
    </message>
    <message>
        <source>Your photos are still here: press Submit to try again.</source>
        <translation>Vos photos sont toujours là : appuyez sur Envoyer pour réessayer.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff.</source>
        <translation>Cet ordinateur ne peut pas envoyer votre vérification. Adressez-vous au personnel.</translation>
    </message>
    <message>
        <source>Your photos could not be saved: {why}.</source>
        <translation>Vos photos n’ont pas pu être enregistrées : {why}.</translation>
    </message>
    <message>
        <source>Your photos could not be packaged: {why}.</source>
        <translation>Vos photos n’ont pas pu être empaquetées : {why}.</translation>
    </message>
    <message>
        <source>Something went wrong while saving (details are in the log file).</source>
        <translation>Un problème est survenu pendant l’enregistrement (détails dans le journal).</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Choose a file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, TIFF or BMP</source>
        <translation>JPEG, PNG, WebP, HEIC, TIFF ou BMP</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Verify your identity</source>
        <translation>Vérifiez votre identité</translation>
    </message>
    <message>
        <source>It takes about three minutes. We tell you at every step what to do.</source>
        <translation>Cela prend environ trois minutes. À chaque étape, nous vous disons quoi faire.</translation>
    </message>
    <message>
        <source>Choose your document</source>
        <translation>Choisissez votre document</translation>
    </message>
    <message>
        <source>The country that issued it and its type</source>
        <translation>Le pays qui l’a délivré et son type</translation>
    </message>
    <message>
        <source>Photograph it</source>
        <translation>Photographiez-le</translation>
    </message>
    <message>
        <source>The front, and the back if it has one</source>
        <translation>Le recto, et le verso s’il y en a un</translation>
    </message>
    <message>
        <source>Take a face photo</source>
        <translation>Photo de votre visage</translation>
    </message>
    <message>
        <source>So we can see it is you</source>
        <translation>Pour voir que c’est bien vous</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Vérifiez et envoyez</translation>
    </message>
    <message>
        <source>Look over your photos, then send them</source>
        <translation>Relisez vos photos, puis envoyez-les</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>À préparer</translation>
    </message>
    <message>
        <source>• Your passport, national ID card or driving licence</source>
        <translation>• Votre passeport, carte d’identité ou permis de conduire</translation>
    </message>
    <message>
        <source>• A well-lit place without direct sunlight</source>
        <translation>• Un endroit bien éclairé, sans soleil direct</translation>
    </message>
    <message>
        <source>• A plain, dark surface to lay the document on</source>
        <translation>• Une surface unie et sombre pour poser le document</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Votre vie privée</translation>
    </message>
    <message>
        <source>Your photos stay in this computer&apos;s memory while you work. When you submit, they are encrypted before anything is saved or sent, then wiped from memory. If you cancel, they are wiped at once.</source>
        <translation>Vos photos restent dans la mémoire de cet ordinateur pendant la procédure. À l’envoi, elles sont chiffrées avant tout enregistrement ou envoi, puis effacées de la mémoire. Si vous annulez, elles sont effacées aussitôt.</translation>
    </message>
    <message>
        <source>This computer cannot send verifications yet: it has no encryption key. Please ask a member of staff. (Staff: set package.recipients, see docs/configuration.md.)</source>
        <translation>Cet ordinateur ne peut pas encore envoyer de vérifications : il n’a pas de clé de chiffrement. Adressez-vous au personnel. (Personnel : définir package.recipients, voir docs/configuration.md.)</translation>
    </message>
    <message>
        <source>Demo run: the demo camera shows a sample document. Packages of its photos are marked as demo and are not a real verification.</source>
        <translation>Mode démo : la caméra de démo montre un document exemple. Les paquets de ses photos sont marqués démo et ne sont pas une vraie vérification.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Identity verification</source>
        <translation>Vérification d’identité</translation>
    </message>
</context>
</TS>
