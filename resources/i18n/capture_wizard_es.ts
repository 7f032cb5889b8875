<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Upload a file instead</source>
        <translation>Subir un archivo</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Take photo  (Space)</source>
        <translation>Hacer foto  (Espacio)</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>Usar la cámara de demostración</translation>
    </message>
    <message>
        <source>Upload a sharp photo of the whole document, taken straight on.</source>
        <translation>Suba una foto nítida del documento entero, tomada de frente.</translation>
    </message>
    <message>
        <source>Hold it inside the frame, flat and steady. The photo is taken for you.</source>
        <translation>Sujételo dentro del marco, plano y sin moverlo. La foto se hace sola.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Iniciando la cámara…</translation>
    </message>
    <message>
        <source>This file cannot be used: {error}. Choose another photo.</source>
        <translation>Este archivo no sirve: {error}. Elija otra foto.</translation>
    </message>
    <message>
        <source>⟲  Now turn your document over</source>
        <translation>⟲  Ahora dé la vuelta al documento</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>No se mueva…</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Comprobando la foto…</translation>
    </message>
    <message>
        <source>Press Try again. If this keeps happening, ask a member of staff for help; the details are in the log file.</source>
        <translation>Pulse Reintentar. Si vuelve a ocurrir, pida ayuda al personal; los detalles están en el archivo de registro.</translation>
    </message>
    <message>
        <source>The photo check is not working</source>
        <translation>La comprobación de fotos no funciona</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Check that the photo is sharp and that every detail can be read.</source>
        <translation>Compruebe que la foto es nítida y que se lee cada detalle.</translation>
    </message>
    <message>
        <source>✓ This photo looks good — moving on…</source>
        <translation>✓ La foto está bien — seguimos…</translation>
    </message>
    <message>
        <source>✓ This photo looks good</source>
        <translation>✓ La foto está bien</translation>
    </message>
    <message>
        <source>This photo may be rejected: {instruction}</source>
        <translation>Esta foto podría rechazarse: {instruction}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>CaptureWizard</name>
    <message>
        <source>Identity verification</source>
        <translation>Verificación de identidad</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>Cancel and delete your photos?</source>
        <translation>¿Cancelar y borrar sus fotos?</translation>
    </message>
    <message>
        <source>Your photos will be deleted now. To verify later, you start again.</source>
        <translation>Sus fotos se borrarán ahora. Para verificarse más tarde, empezará de nuevo.</translation>
    </message>
    <message>
        <source>Cancel and delete photos</source>
        <translation>Cancelar y borrar fotos</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Passport</source>
        <translation>Pasaporte</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Documento nacional de identidad</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Permiso de conducir</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Permiso de residencia</translation>
    </message>
    <message>
        <source>A residence permit shows your right to stay, not your nationality. Please use your passport or national ID card.</source>
        <translation>Un permiso de residencia acredita su derecho a residir, no su nacionalidad. Use su pasaporte o su documento de identidad.</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Permiso de trabajo</translation>
    </message>
    <message>
        <source>A work permit is not an identity document. Please use your passport or national ID card.</source>
        <translation>Un permiso de trabajo no es un documento de identidad. Use su pasaporte o su documento de identidad.</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Carné de estudiante</translation>
    </message>
    <message>
        <source>Student cards are not official identity documents. Please use your passport or national ID card.</source>
        <translation>Los carnés de estudiante no son documentos de identidad oficiales. Use su pasaporte o su documento de identidad.</translation>
    </message>
</context>
<context>
    <name>ConfirmView</name>
    <message>
        <source>The photo just taken</source>
        <translation>La foto que acaba de tomar</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Check the details read from your document</source>
        <translation>Compruebe los datos leídos de su documento</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Número de documento</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Nacionalidad</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Fecha de caducidad</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Sin fecha de caducidad</translation>
    </message>
    <message>
        <source>{date} — expired</source>
        <translation>{date} — caducado</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
</context>
<context>
    <name>DocumentPage</name>
    <message>
        <source>Which document will you use?</source>
        <translation>¿Qué documento va a usar?</translation>
    </message>
    <message>
        <source>Choose the country that issued it, then the type of document.</source>
        <translation>Elija el país que lo expidió y después el tipo de documento.</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>País de expedición</translation>
    </message>
    <message>
        <source>Type to search, e.g. Germany</source>
        <translation>Buscar, p. ej. España</translation>
    </message>
    <message>
        <source>Search for the issuing country</source>
        <translation>Buscar el país de emisión</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Choose a country first</source>
        <translation>Elija primero un país</translation>
    </message>
    <message>
        <source>front and back</source>
        <translation>anverso y reverso</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>una cara</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>no aceptado</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your verification has been sent. We will let you know the result.</source>
        <translation>Su verificación se ha enviado. Le informaremos del resultado.</translation>
    </message>
    <message>
        <source>Your verification has been passed on. We will let you know the result.</source>
        <translation>Su verificación se ha entregado. Le informaremos del resultado.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer. It could not be sent just now and will be sent automatically — you do not need to do anything.</source>
        <translation>Su verificación está guardada de forma segura en este ordenador. No se ha podido enviar ahora y se enviará automáticamente — no tiene que hacer nada.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer and will be passed on to our team — you do not need to do anything.</source>
        <translation>Su verificación está guardada de forma segura en este ordenador y se entregará a nuestro equipo — no tiene que hacer nada.</translation>
    </message>
    <message>
        <source>Your verification is saved, but our server did not accept it. Please show this reference number to a member of staff.</source>
        <translation>Su verificación está guardada, pero nuestro servidor no la ha aceptado. Muestre este número de referencia al personal.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>You have completed all the steps.</source>
        <translation>Ha completado todos los pasos.</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Su número de referencia</translation>
    </message>
    <message>
        <source>Nothing was submitted.</source>
        <translation>No se ha enviado nada.</translation>
    </message>
    <message>
        <source>Your photos have been removed from this computer&apos;s memory.</source>
        <translation>Sus fotos se han borrado de la memoria de este ordenador.</translation>
    </message>
    <message>
        <source>Development mode: the package was saved without encryption.</source>
        <translation>Modo de desarrollo: el paquete se guardó sin cifrar.</translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message>
        <source>Take a photo of your face</source>
        <translation>Hágase una foto de la cara</translation>
    </message>
    <message>
        <source>Look straight at the camera with your face inside the oval. Remove sunglasses and hats. Only you may be in the picture.</source>
        <translation>Mire de frente a la cámara con la cara dentro del óvalo. Quítese gafas de sol y gorra. Solo usted puede salir en la foto.</translation>
    </message>
    <message>
        <source>Upload a recent, sharp photo of your face, looking straight at the camera.</source>
        <translation>Suba una foto reciente y nítida de su cara, mirando de frente a la cámara.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Show your document to the camera</source>
        <translation>Muestre su documento a la cámara</translation>
    </message>
    <message>
        <source>Move the document fully into the frame</source>
        <translation>Meta el documento entero en el marco</translation>
    </message>
    <message>
        <source>Move the document closer</source>
        <translation>Acerque el documento</translation>
    </message>
    <message>
        <source>Move the document a little further away</source>
        <translation>Aleje un poco el documento</translation>
    </message>
    <message>
        <source>Hold the document horizontally</source>
        <translation>Sujete el documento en horizontal</translation>
    </message>
    <message>
        <source>Hold still — the picture is blurred</source>
        <translation>No se mueva — la imagen está borrosa</translation>
    </message>
    <message>
        <source>Find more light</source>
        <translation>Busque más luz</translation>
    </message>
    <message>
        <source>Too bright — move away from direct light</source>
        <translation>Demasiada luz — apártese de la luz directa</translation>
    </message>
    <message>
        <source>Tilt the document to avoid glare</source>
        <translation>Incline el documento para evitar reflejos</translation>
    </message>
    <message>
        <source>Move your finger off the document</source>
        <translation>Quite el dedo del documento</translation>
    </message>
    <message>
        <source>This is not the document you chose</source>
        <translation>Este no es el documento que eligió</translation>
    </message>
    <message>
        <source>This document has expired — use a valid one</source>
        <translation>Este documento ha caducado — use uno válido</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the document closer</source>
        <translation>Evite dedos y reflejos en las líneas de código de abajo y acerque el documento</translation>
    </message>
    <message>
        <source>This document is from another country than the one you chose</source>
        <translation>Este documento es de un país distinto al que eligió</translation>
    </message>
    <message>
        <source>Turn the document the right way up</source>
        <translation>Ponga el documento del derecho</translation>
    </message>
    <message>
        <source>This looks like the back — show the side with your photo</source>
        <translation>Parece el reverso — muestre la cara con su foto</translation>
    </message>
    <message>
        <source>This is the side with your photo — turn the document over</source>
        <translation>Esta es la cara con su foto — dé la vuelta al documento</translation>
    </message>
    <message>
        <source>Show the real document, not a screen</source>
        <translation>Muestre el documento real, no una pantalla</translation>
    </message>
    <message>
        <source>Use an unedited photo</source>
        <translation>Use una foto sin editar</translation>
    </message>
    <message>
        <source>Look into the camera</source>
        <translation>Mire a la cámara</translation>
    </message>
    <message>
        <source>Only you may be in the picture</source>
        <translation>Solo usted puede salir en la foto</translation>
    </message>
    <message>
        <source>Come closer to the camera</source>
        <translation>Acérquese a la cámara</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>Aléjese un poco</translation>
    </message>
    <message>
        <source>Light your face — turn towards a window or lamp</source>
        <translation>Ilumine su cara — gírese hacia una ventana o una lámpara</translation>
    </message>
    <message>
        <source>Move your face into the oval</source>
        <translation>Ponga la cara dentro del óvalo</translation>
    </message>
    <message>
        <source>Look straight at the camera, head upright</source>
        <translation>Mire de frente a la cámara, con la cabeza recta</translation>
    </message>
    <message>
        <source>Your face does not match the photo on your document — the document&apos;s holder must take every photo</source>
        <translation>Su cara no coincide con la foto del documento — todas las fotos debe hacerlas el titular del documento</translation>
    </message>
    <message>
        <source>Hold the paper closer, flat and in good light</source>
        <translation>Acerque el papel, plano y con buena luz</translation>
    </message>
    <message>
        <source>Write today&apos;s date on the paper: year, month and day</source>
        <translation>Escriba la fecha de hoy en el papel: año, mes y día</translation>
    </message>
    <message>
        <source>Write the word shown above on the paper</source>
        <translation>Escriba en el papel la palabra indicada arriba</translation>
    </message>
    <message>
        <source>No document can be seen in this photo — choose a photo of it</source>
        <translation>No se ve ningún documento en esta foto — elija una foto del documento</translation>
    </message>
    <message>
        <source>Part of the document is missing — choose a photo of all of it</source>
        <translation>Falta parte del documento — elija una foto del documento entero</translation>
    </message>
    <message>
        <source>The document is too small in this photo — choose a closer one</source>
        <translation>El documento sale demasiado pequeño — elija una foto más cercana</translation>
    </message>
    <message>
        <source>The document does not fit in this photo — choose one of all of it</source>
        <translation>El documento no cabe en esta foto — elija una del documento entero</translation>
    </message>
    <message>
        <source>The document is turned on its side — choose an upright photo</source>
        <translation>El documento está girado — elija una foto derecha</translation>
    </message>
    <message>
        <source>This photo is blurred — choose a sharp one</source>
        <translation>Esta foto está borrosa — elija una nítida</translation>
    </message>
    <message>
        <source>This photo is too dark — choose one taken in good light</source>
        <translation>Esta foto está demasiado oscura — elija una con buena luz</translation>
    </message>
    <message>
        <source>This photo is too bright — choose one without direct light</source>
        <translation>Esta foto tiene demasiada luz — elija una sin luz directa</translation>
    </message>
    <message>
        <source>Glare hides part of the document — choose a photo without reflections</source>
        <translation>Los reflejos tapan parte del documento — elija una foto sin reflejos</translation>
    </message>
    <message>
        <source>Something covers part of the document — choose a photo without it</source>
        <translation>Algo tapa parte del documento — elija una foto sin obstáculos</translation>
    </message>
    <message>
        <source>The code lines at the bottom cannot be read — choose a sharper one</source>
        <translation>Las líneas de código de abajo no se leen — elija una foto más nítida</translation>
    </message>
    <message>
        <source>The document is upside down — choose an upright photo</source>
        <translation>El documento está al revés — elija una foto derecha</translation>
    </message>
    <message>
        <source>No face can be seen in this photo — choose a photo of your face</source>
        <translation>No se ve ninguna cara en esta foto — elija una foto de su cara</translation>
    </message>
    <message>
        <source>Your face is too small in this photo — choose a closer one</source>
        <translation>Su cara sale demasiado pequeña — elija una foto más cercana</translation>
    </message>
    <message>
        <source>Your face is too close in this photo — choose one from further away</source>
        <translation>Su cara sale demasiado cerca — elija una foto tomada de más lejos</translation>
    </message>
    <message>
        <source>Your face is too dark in this photo — choose one in good light</source>
        <translation>Su cara sale demasiado oscura — elija una foto con buena luz</translation>
    </message>
    <message>
        <source>Your face is not in the middle of this photo — choose another</source>
        <translation>Su cara no está en el centro de esta foto — elija otra</translation>
    </message>
    <message>
        <source>Your face is turned away in this photo — choose one looking straight</source>
        <translation>Su cara está girada en esta foto — elija una mirando de frente</translation>
    </message>
    <message>
        <source>This looks like the back — choose a photo of the side with your photo</source>
        <translation>Parece el reverso — elija una foto de la cara con su foto</translation>
    </message>
    <message>
        <source>This is the side with your photo — choose a photo of the back</source>
        <translation>Esta es la cara con su foto — elija una foto del reverso</translation>
    </message>
    <message>
        <source>The note cannot be read — choose a sharper, closer photo</source>
        <translation>La nota no se lee — elija una foto más nítida y cercana</translation>
    </message>
    <message>
        <source>This is a photo of a screen — choose a photo of the real document</source>
        <translation>Es una foto de una pantalla — elija una foto del documento real</translation>
    </message>
    <message>
        <source>Adjust the document</source>
        <translation>Ajuste el documento</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Encuadre</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Nitidez</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Luz</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>Sin reflejos</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>Despejado</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Solo usted</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Posición</translation>
    </message>
    <message>
        <source>Facing camera</source>
        <translation>De frente</translation>
    </message>
    <message>
        <source>Your document</source>
        <translation>Su documento</translation>
    </message>
    <message>
        <source>Date and word (checked on the photo)</source>
        <translation>Fecha y palabra (se comprueban en la foto)</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>No se encontró ninguna cámara</translation>
    </message>
    <message>
        <source>Connect a camera and press Try again, or upload a photo instead.</source>
        <translation>Conecte una cámara y pulse Reintentar, o suba una foto.</translation>
    </message>
    <message>
        <source>The camera is not allowed</source>
        <translation>La cámara no está permitida</translation>
    </message>
    <message>
        <source>Allow this app to use the camera in your system&apos;s privacy settings, then press Try again. You can also upload a photo instead.</source>
        <translation>Permita que esta aplicación use la cámara en los ajustes de privacidad del sistema y pulse Reintentar. También puede subir una foto.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>La cámara está ocupada</translation>
    </message>
    <message>
        <source>Another program is using the camera. Close it (video calls, other camera apps) and press Try again.</source>
        <translation>Otro programa está usando la cámara. Ciérrelo (videollamadas, otras apps de cámara) y pulse Reintentar.</translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation>La cámara se ha desconectado</translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Try again. Your earlier photos are kept.</source>
        <translation>Revise el cable de la cámara y pulse Reintentar. Sus fotos anteriores se conservan.</translation>
    </message>
    <message>
        <source>The camera sends no picture</source>
        <translation>La cámara no envía imagen</translation>
    </message>
    <message>
        <source>Check that the camera is connected and not covered, then press Try again.</source>
        <translation>Compruebe que la cámara está conectada y destapada, y pulse Reintentar.</translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation>No se puede reproducir el vídeo</translation>
    </message>
    <message>
        <source>The chosen video or image folder could not be read. Choose another source.</source>
        <translation>No se pudo leer el vídeo o la carpeta de imágenes elegida. Elija otra fuente.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Anverso</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Reverso</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Cara</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Declaración</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Archivo subido</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Cámara de demostración</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>Página con foto de su pasaporte</translation>
    </message>
    <message>
        <source>Front of your identity card</source>
        <translation>Anverso de su documento de identidad</translation>
    </message>
    <message>
        <source>Back of your identity card</source>
        <translation>Reverso de su documento de identidad</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>Anverso de su permiso de conducir</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>Reverso de su permiso de conducir</translation>
    </message>
    <message>
        <source>Hold up your passport and a note</source>
        <translation>Muestre su pasaporte y una nota</translation>
    </message>
    <message>
        <source>Hold up your identity card and a note</source>
        <translation>Muestre su documento de identidad y una nota</translation>
    </message>
    <message>
        <source>Hold up your driving licence and a note</source>
        <translation>Muestre su permiso de conducir y una nota</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>Anverso de su documento</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>Reverso de su documento</translation>
    </message>
    <message>
        <source>Hold up your document and a note</source>
        <translation>Muestre su documento y una nota</translation>
    </message>
    <message>
        <source>Drop a photo of the front here</source>
        <translation>Suelte aquí una foto del anverso</translation>
    </message>
    <message>
        <source>Drop a photo of the back here</source>
        <translation>Suelte aquí una foto del reverso</translation>
    </message>
    <message>
        <source>Drop a photo of your face here</source>
        <translation>Suelte aquí una foto de su cara</translation>
    </message>
    <message>
        <source>Drop the photo here</source>
        <translation>Suelte la foto aquí</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your photos will be deleted and this will start over in %n second(s).</source>
        <translation>
            <numerusform>Para proteger su privacidad, sus fotos se eliminarán y todo volverá a empezar en %n segundo.</numerusform>
            <numerusform>Para proteger su privacidad, sus fotos se eliminarán y todo volverá a empezar en %n segundos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live camera picture</source>
        <translation>Imagen de la cámara en directo</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Your link to continue the identity verification</source>
        <translation>Su enlace para continuar la verificación de identidad</translation>
    </message>
    <message>
        <source>Open this link on your phone to take the photos for your identity verification:</source>
        <translation>Abra este enlace en su móvil para hacer las fotos de su verificación de identidad:</translation>
    </message>
    <message>
        <source>The link works for {minutes} minutes, on the same Wi-Fi network as the computer where you started. If you did not ask for it, ignore this e-mail.</source>
        <translation>El enlace vale {minutes} minutos, en la misma red wifi que el ordenador donde empezó. Si no lo ha pedido, ignore este correo.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address. Check it and try again.</source>
        <translation>Esto no parece una dirección de correo. Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>E-mail is not set up correctly: {why}</source>
        <translation>El correo no está bien configurado: {why}</translation>
    </message>
    <message>
        <source>The mail server refused this app&apos;s login. Ask a member of staff.</source>
        <translation>El servidor de correo rechazó el inicio de sesión de esta aplicación. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>The mail server refused this address. Check it and try again.</source>
        <translation>El servidor de correo rechazó esta dirección. Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent ({kind}). Scan the QR code instead, or try again later.</source>
        <translation>No se pudo enviar el correo ({kind}). Escanee el código QR o inténtelo más tarde.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How do you want to take the photos?</source>
        <translation>¿Cómo quiere hacer las fotos?</translation>
    </message>
    <message>
        <source>Choose one. You can change your mind later with Back.</source>
        <translation>Elija una opción. Puede cambiarla después con Atrás.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s camera</source>
        <translation>Cámara de este ordenador</translation>
    </message>
    <message>
        <source>Hold the document up to the camera; we guide you live.</source>
        <translation>Muestre el documento a la cámara; le guiamos en directo.</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Cámara que se usará</translation>
    </message>
    <message>
        <source>Try the demo camera</source>
        <translation>Probar la cámara de demostración</translation>
    </message>
    <message>
        <source>No camera needed: a sample document shows how the guidance works.</source>
        <translation>Sin cámara: un documento de muestra enseña cómo funciona la guía.</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuar en el móvil</translation>
    </message>
    <message>
        <source>Scan a QR code and take the photos with your phone&apos;s camera.</source>
        <translation>Escanee un código QR y haga las fotos con la cámara del móvil.</translation>
    </message>
    <message>
        <source>Upload photos</source>
        <translation>Subir fotos</translation>
    </message>
    <message>
        <source>Use photos you have already taken (JPEG, PNG, HEIC...).</source>
        <translation>Use fotos que ya tenga (JPEG, PNG, HEIC…).</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Try the demo camera or upload photos.</source>
        <translation>No se encontró ninguna cámara en este ordenador. Pruebe la cámara de demostración o suba fotos.</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Continue on your phone or upload photos.</source>
        <translation>No se encontró ninguna cámara en este ordenador. Continúe en el móvil o suba fotos.</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>Usar la cámara de demostración</translation>
    </message>
    <message>
        <source>A sample document shows how the live guidance works.</source>
        <translation>Un documento de muestra enseña cómo funciona la guía en directo.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Paso {number} de {total}</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Take a photo of your document, filling most of the picture</source>
        <translation>Haga una foto de su documento que ocupe casi toda la imagen</translation>
    </message>
    <message>
        <source>Get the whole document in the picture, with a little space around it</source>
        <translation>Encuadre el documento entero, con un poco de margen</translation>
    </message>
    <message>
        <source>Move the phone closer to the document</source>
        <translation>Acerque el móvil al documento</translation>
    </message>
    <message>
        <source>Move the phone a little further away</source>
        <translation>Aleje un poco el móvil</translation>
    </message>
    <message>
        <source>Turn your phone sideways so the document lies across the picture</source>
        <translation>Gire el móvil en horizontal para que el documento quede a lo ancho</translation>
    </message>
    <message>
        <source>Take a photo of your face, looking into the camera</source>
        <translation>Hágase una foto de la cara mirando a la cámara</translation>
    </message>
    <message>
        <source>Hold the phone closer to your face</source>
        <translation>Acerque el móvil a su cara</translation>
    </message>
    <message>
        <source>Hold the phone a little further away</source>
        <translation>Aleje un poco el móvil</translation>
    </message>
    <message>
        <source>Keep your face in the middle of the picture</source>
        <translation>Mantenga la cara en el centro de la imagen</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the phone closer</source>
        <translation>Evite dedos y reflejos en las líneas de código de abajo y acerque el móvil</translation>
    </message>
    <message>
        <source>This request could not be understood.</source>
        <translation>No se pudo entender esta solicitud.</translation>
    </message>
    <message>
        <source>This address does not accept that.</source>
        <translation>Esta dirección no acepta eso.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Demasiadas solicitudes. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo ha fallado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The photo was not sent encrypted, so it was not accepted. Open the link from the QR code on the computer again, then take the photo.</source>
        <translation>La foto no se envió cifrada, así que no se aceptó. Vuelva a abrir el enlace del código QR del ordenador y haga la foto.</translation>
    </message>
    <message>
        <source>The photo could not be unlocked on the computer. Scan the QR code on the computer again, then take the photo.</source>
        <translation>No se pudo descifrar la foto en el ordenador. Vuelva a escanear el código QR del ordenador y haga la foto.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Aquí no hay nada.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {mb} MB). Take it again with a lower resolution.</source>
        <translation>La foto es demasiado grande (como máximo {mb} MB). Hágala de nuevo con menos resolución.</translation>
    </message>
    <message>
        <source>The photo stopped arriving. Check the Wi-Fi and send it again.</source>
        <translation>La foto dejó de llegar. Revise la wifi y envíela de nuevo.</translation>
    </message>
    <message>
        <source>The photo did not arrive whole. Send it again.</source>
        <translation>La foto no llegó completa. Envíela de nuevo.</translation>
    </message>
    <message>
        <source>This is not a photo we can read. Take the photo again.</source>
        <translation>No podemos leer esta foto. Hágala de nuevo.</translation>
    </message>
    <message>
        <source>This photo is too large to be read. Take it with a lower resolution.</source>
        <translation>Esta foto es demasiado grande para leerla. Hágala con menos resolución.</translation>
    </message>
    <message>
        <source>This link is not valid. Scan the QR code again.</source>
        <translation>Este enlace no es válido. Vuelva a escanear el código QR.</translation>
    </message>
    <message>
        <source>This link is already being used on another phone. Ask for a new link on the computer.</source>
        <translation>Este enlace ya se está usando en otro móvil. Pida un enlace nuevo en el ordenador.</translation>
    </message>
    <message>
        <source>All photos were received. Continue on the computer.</source>
        <translation>Se han recibido todas las fotos. Continúe en el ordenador.</translation>
    </message>
    <message>
        <source>This link was closed on the computer.</source>
        <translation>Este enlace se cerró en el ordenador.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one on the computer.</source>
        <translation>Este enlace ha caducado. Pida uno nuevo en el ordenador.</translation>
    </message>
    <message>
        <source>This photo is not part of the verification.</source>
        <translation>Esta foto no forma parte de la verificación.</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>Página con foto de su pasaporte</translation>
    </message>
    <message>
        <source>Front of your national identity card</source>
        <translation>Anverso de su documento nacional de identidad</translation>
    </message>
    <message>
        <source>Back of your national identity card</source>
        <translation>Reverso de su documento nacional de identidad</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>Anverso de su permiso de conducir</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>Reverso de su permiso de conducir</translation>
    </message>
    <message>
        <source>You, your passport and a note</source>
        <translation>Usted, su pasaporte y una nota</translation>
    </message>
    <message>
        <source>You, your identity card and a note</source>
        <translation>Usted, su documento de identidad y una nota</translation>
    </message>
    <message>
        <source>You, your driving licence and a note</source>
        <translation>Usted, su permiso de conducir y una nota</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>Anverso de su documento</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>Reverso de su documento</translation>
    </message>
    <message>
        <source>A photo of your face</source>
        <translation>Una foto de su cara</translation>
    </message>
    <message>
        <source>You, your document and a note</source>
        <translation>Usted, su documento y una nota</translation>
    </message>
    <message>
        <source>Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>Sujete el móvil en horizontal. Ponga el documento sobre una superficie oscura y lisa con buena luz, que llene la imagen, y evite los reflejos.</translation>
    </message>
    <message>
        <source>Turn it over. Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>Dele la vuelta. Sujete el móvil en horizontal. Ponga el documento sobre una superficie oscura y lisa con buena luz, que llene la imagen, y evite los reflejos.</translation>
    </message>
    <message>
        <source>Look straight at the camera in good light. No sunglasses or hat; only you in the picture.</source>
        <translation>Mire de frente a la cámara con buena luz. Sin gafas de sol ni gorra; solo usted en la foto.</translation>
    </message>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face.</source>
        <translation>Escriba la fecha de hoy ({today}) y las palabras «{word}» en una hoja. Sujete la hoja y su documento junto a su cara.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>QR code: scan it with your phone&apos;s camera</source>
        <translation>Código QR: escanéelo con la cámara de su teléfono</translation>
    </message>
    <message>
        <source>This computer is not on a network, so a phone cannot reach it. Connect it to Wi-Fi, or go Back and use the camera or upload photos.</source>
        <translation>Este ordenador no está conectado a ninguna red, así que el móvil no puede llegar a él. Conéctelo a la wifi, o vuelva atrás y use la cámara o suba fotos.</translation>
    </message>
    <message>
        <source>Or type this address in the phone&apos;s browser:</source>
        <translation>O escriba esta dirección en el navegador del móvil:</translation>
    </message>
    <message>
        <source>Or send the link to your e-mail:</source>
        <translation>O envíe el enlace a su correo:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nombre@ejemplo.es</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Su dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Send link</source>
        <translation>Enviar enlace</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Red:</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Continuar en el móvil</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. Your phone must be on the same Wi-Fi as this computer.</source>
        <translation>Escanee el código con la cámara del móvil. El móvil debe estar en la misma wifi que este ordenador.</translation>
    </message>
    <message>
        <source>The phone link could not be started</source>
        <translation>No se pudo iniciar la conexión con el móvil</translation>
    </message>
    <message>
        <source>This computer could not open a connection for the phone on {address} ({reason}). Press Try again, or go Back and use the camera or upload photos.</source>
        <translation>Este ordenador no pudo abrir una conexión para el móvil en {address} ({reason}). Pulse Reintentar, o vuelva atrás y use la cámara o suba fotos.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>Esperando a su móvil…</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configurada</translation>
    </message>
    <message>
        <source>✓  {side} received</source>
        <translation>✓  {side}: recibido</translation>
    </message>
    <message>
        <source>…  {side}: checking the photo</source>
        <translation>…  {side}: comprobando la foto</translation>
    </message>
    <message>
        <source>the photo could not be used</source>
        <translation>la foto no se puede usar</translation>
    </message>
    <message>
        <source>✗  {side} not accepted: {reason}. Retake it on the phone.</source>
        <translation>✗  {side}: rechazado: {reason}. Repítalo en el móvil.</translation>
    </message>
    <message>
        <source>○  {side}</source>
        <translation>○  {side}</translation>
    </message>
    <message>
        <source>Phone connected — follow the steps on your phone</source>
        <translation>Móvil conectado — siga los pasos en su móvil</translation>
    </message>
    <message>
        <source>✓ All photos received</source>
        <translation>✓ Todas las fotos recibidas</translation>
    </message>
    <message>
        <source>The link has expired — press New link</source>
        <translation>El enlace ha caducado — pulse Nuevo enlace</translation>
    </message>
    <message>
        <source>For your security, a link works for a limited time.</source>
        <translation>Por su seguridad, un enlace solo vale un tiempo limitado.</translation>
    </message>
    <message numerus="yes">
        <source>The link works for %n more minute(s), on one phone.</source>
        <translation>
            <numerusform>El enlace vale %n minuto más, en un solo móvil.</numerusform>
            <numerusform>El enlace vale %n minutos más, en un solo móvil.</numerusform>
        </translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>Esto no parece una dirección de correo.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Sent. Open the e-mail on your phone.</source>
        <translation>Enviado. Abra el correo en su móvil.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent (details are in the log file).</source>
        <translation>No se pudo enviar el correo (detalles en el archivo de registro).</translation>
    </message>
</context>
<context>
    <name>PhoneWeb</name>
    <message>
        <source>Identity verification</source>
        <translation>Verificación de identidad</translation>
    </message>
    <message>
        <source>The photo you took</source>
        <translation>La foto que ha hecho</translation>
    </message>
    <message>
        <source>Photo {number} of {total}</source>
        <translation>Foto {number} de {total}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Hacer foto</translation>
    </message>
    <message>
        <source>Retake photo</source>
        <translation>Repetir foto</translation>
    </message>
    <message>
        <source>Take photo again</source>
        <translation>Hacer la foto otra vez</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>All photos received</source>
        <translation>Todas las fotos recibidas</translation>
    </message>
    <message>
        <source>Thank you. Continue on the computer. You can close this page.</source>
        <translation>Gracias. Continúe en el ordenador. Puede cerrar esta página.</translation>
    </message>
    <message>
        <source>This link no longer works</source>
        <translation>Este enlace ya no funciona</translation>
    </message>
    <message>
        <source>The last photo can&apos;t be used: {instruction}</source>
        <translation>La última foto no sirve: {instruction}</translation>
    </message>
    <message>
        <source>This photo can&apos;t be used: {instruction}</source>
        <translation>Esta foto no sirve: {instruction}</translation>
    </message>
    <message>
        <source>✓ Photo accepted</source>
        <translation>✓ Foto aceptada</translation>
    </message>
    <message>
        <source>This photo is too large (at most {mb} MB). Take it with a lower resolution.</source>
        <translation>Esta foto es demasiado grande (como máximo {mb} MB). Hágala con menos resolución.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Preparando la foto…</translation>
    </message>
    <message>
        <source>This photo could not be read on this phone. Please take it again.</source>
        <translation>No se pudo leer esta foto en este móvil. Hágala de nuevo.</translation>
    </message>
    <message>
        <source>Sending the photo…</source>
        <translation>Enviando la foto…</translation>
    </message>
    <message>
        <source>Sending the photo… {percent}%</source>
        <translation>Enviando la foto… {percent} %</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Comprobando la foto…</translation>
    </message>
    <message>
        <source>The photo could not be sent. Check that this phone is on the same Wi-Fi as the computer, then try again.</source>
        <translation>No se pudo enviar la foto. Compruebe que este móvil está en la misma wifi que el ordenador e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Ask for a new link on the computer.</source>
        <translation>Pida un enlace nuevo en el ordenador.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Demasiados intentos. Espere un momento e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Algo ha fallado. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This link is incomplete</source>
        <translation>Este enlace está incompleto</translation>
    </message>
    <message>
        <source>Scan the QR code on the computer again. If you typed the address, type all of it, with the part after the # sign.</source>
        <translation>Vuelva a escanear el código QR del ordenador. Si escribió la dirección, escríbala entera, con la parte que va tras el signo #.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff exit</source>
        <translation>Salida del personal</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to close the kiosk.</source>
        <translation>Solo personal: introduzca el PIN para cerrar el quiosco.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>PIN incorrecto.</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Cerrar el quiosco</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
</context>
<context>
    <name>RemovablePicker</name>
    <message>
        <source>Choose a photo</source>
        <translation>Elegir una foto</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick or memory card</source>
        <translation>Elija una foto de su memoria USB o tarjeta de memoria</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Buscar de nuevo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Usar esta foto</translation>
    </message>
    <message>
        <source>Plug in a USB stick or memory card, then press Look again.</source>
        <translation>Conecte una memoria USB o una tarjeta de memoria y pulse «Buscar de nuevo».</translation>
    </message>
    <message>
        <source>No photos were found on the USB stick or memory card.</source>
        <translation>No se encontraron fotos en la memoria USB o la tarjeta de memoria.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Photo of the front</source>
        <translation>Foto del anverso</translation>
    </message>
    <message>
        <source>Photo of the back</source>
        <translation>Foto del reverso</translation>
    </message>
    <message>
        <source>Photo of your face</source>
        <translation>Foto de su cara</translation>
    </message>
    <message>
        <source>Photo of the statement</source>
        <translation>Foto de la declaración</translation>
    </message>
    <message>
        <source>Retake front</source>
        <translation>Repetir el anverso</translation>
    </message>
    <message>
        <source>Retake back</source>
        <translation>Repetir el reverso</translation>
    </message>
    <message>
        <source>Retake face</source>
        <translation>Repetir la cara</translation>
    </message>
    <message>
        <source>Retake statement</source>
        <translation>Repetir la declaración</translation>
    </message>
    <message>
        <source>Enlarge front</source>
        <translation>Ampliar el anverso</translation>
    </message>
    <message>
        <source>Enlarge back</source>
        <translation>Ampliar el reverso</translation>
    </message>
    <message>
        <source>Enlarge face</source>
        <translation>Ampliar la cara</translation>
    </message>
    <message>
        <source>Enlarge statement</source>
        <translation>Ampliar la declaración</translation>
    </message>
    <message>
        <source>Check your photos</source>
        <translation>Revise sus fotos</translation>
    </message>
    <message>
        <source>Make sure every detail is readable. Retake any photo you are not happy with.</source>
        <translation>Asegúrese de que cada detalle se lee. Repita cualquier foto que no le convenza.</translation>
    </message>
    <message>
        <source>Missing — take this photo</source>
        <translation>Falta — haga esta foto</translation>
    </message>
    <message>
        <source>Looks good</source>
        <translation>Está bien</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Origen: {source}</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Not compared with the photo on your document (none could be read)</source>
        <translation>No comparada con la foto del documento (no se pudo leer)</translation>
    </message>
    <message>
        <source>Matches the photo on your document (score {score})</source>
        <translation>Coincide con la foto del documento (puntuación {score})</translation>
    </message>
    <message>
        <source>Does not match the photo on your document (score {score})</source>
        <translation>No coincide con la foto del documento (puntuación {score})</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face, facing the camera.</source>
        <translation>Escriba la fecha de hoy ({today}) y las palabras «{word}» en una hoja. Sujete la hoja y su documento junto a su cara, mirando a la cámara.</translation>
    </message>
    <message>
        <source>Upload a photo of you holding your document and a note with today&apos;s date and the words “{word}”.</source>
        <translation>Suba una foto en la que sujete su documento y una nota con la fecha de hoy y las palabras «{word}».</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Preparing your photos…</source>
        <translation>Preparando sus fotos…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Cifrando…</translation>
    </message>
    <message>
        <source>Saving securely…</source>
        <translation>Guardando de forma segura…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Send your verification</source>
        <translation>Envíe su verificación</translation>
    </message>
    <message>
        <source>Check the summary, confirm, and send.</source>
        <translation>Revise el resumen, confirme y envíe.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff for help; your photos stay here until you cancel.</source>
        <translation>Este ordenador no puede enviar su verificación. Pida ayuda al personal; sus fotos se quedan aquí hasta que cancele.</translation>
    </message>
    <message>
        <source>Development mode: the package will be saved WITHOUT encryption (package.allow_unencrypted). Never use this with real documents.</source>
        <translation>Modo de desarrollo: el paquete se guardará SIN cifrar (package.allow_unencrypted). No lo use nunca con documentos reales.</translation>
    </message>
    <message>
        <source>I confirm that this is my own identity document and I agree that these photos are sent to verify my identity.</source>
        <translation>Confirmo que este es mi propio documento de identidad y acepto que estas fotos se envíen para verificar mi identidad.</translation>
    </message>
    <message>
        <source>Submit verification</source>
        <translation>Enviar verificación</translation>
    </message>
    <message>
        <source>✓ from {source}</source>
        <translation>✓ origen: {source}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Qué se enviará</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>País: {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Documento: {name}</translation>
    </message>
    <message>
        <source>Photos: {list}</source>
        <translation>Fotos: {list}</translation>
    </message>
    <message>
        <source>Your photos are still here: press Submit to try again.</source>
        <translation>Sus fotos siguen aquí: pulse Enviar para volver a intentarlo.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff.</source>
        <translation>Este ordenador no puede enviar su verificación. Pida ayuda al personal.</translation>
    </message>
    <message>
        <source>Your photos could not be saved: {why}.</source>
        <translation>No se pudieron guardar sus fotos: {why}.</translation>
    </message>
    <message>
        <source>Your photos could not be packaged: {why}.</source>
        <translation>No se pudieron empaquetar sus fotos: {why}.</translation>
    </message>
    <message>
        <source>Something went wrong while saving (details are in the log file).</source>
        <translation>Algo falló al guardar (detalles en el archivo de registro).</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Choose a file…</source>
        <translation>Elegir un archivo…</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, TIFF or BMP</source>
        <translation>JPEG, PNG, WebP, HEIC, TIFF o BMP</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Verify your identity</source>
        <translation>Verifique su identidad</translation>
    </message>
    <message>
        <source>It takes about three minutes. We tell you at every step what to do.</source>
        <translation>Tarda unos tres minutos. En cada paso le decimos qué hacer.</translation>
    </message>
    <message>
        <source>Choose your document</source>
        <translation>Elija su documento</translation>
    </message>
    <message>
        <source>The country that issued it and its type</source>
        <translation>El país que lo expidió y su tipo</translation>
    </message>
    <message>
        <source>Photograph it</source>
        <translation>Fotografíelo</translation>
    </message>
    <message>
        <source>The front, and the back if it has one</source>
        <translation>El anverso, y el reverso si lo tiene</translation>
    </message>
    <message>
        <source>Take a face photo</source>
        <translation>Foto de su cara</translation>
    </message>
    <message>
        <source>So we can see it is you</source>
        <translation>Para ver que es usted</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Revise y envíe</translation>
    </message>
    <message>
        <source>Look over your photos, then send them</source>
        <translation>Repase sus fotos y envíelas</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Tenga a mano</translation>
    </message>
    <message>
        <source>• Your passport, national ID card or driving licence</source>
        <translation>• Su pasaporte, documento de identidad o permiso de conducir</translation>
    </message>
    <message>
        <source>• A well-lit place without direct sunlight</source>
        <translation>• Un lugar bien iluminado sin sol directo</translation>
    </message>
    <message>
        <source>• A plain, dark surface to lay the document on</source>
        <translation>• Una superficie lisa y oscura donde apoyar el documento</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Su privacidad</translation>
    </message>
    <message>
        <source>Your photos stay in this computer&apos;s memory while you work. When you submit, they are encrypted before anything is saved or sent, then wiped from memory. If you cancel, they are wiped at once.</source>
        <translation>Sus fotos se quedan en la memoria de este ordenador mientras trabaja. Al enviar, se cifran antes de guardar o enviar nada y después se borran de la memoria. Si cancela, se borran al momento.</translation>
    </message>
    <message>
        <source>This computer cannot send verifications yet: it has no encryption key. Please ask a member of staff. (Staff: set package.recipients, see docs/configuration.md.)</source>
        <translation>Este ordenador aún no puede enviar verificaciones: no tiene clave de cifrado. Pida ayuda al personal. (Personal: configure package.recipients, vea docs/configuration.md.)</translation>
    </message>
    <message>
        <source>Demo run: the demo camera shows a sample document. Packages of its photos are marked as demo and are not a real verification.</source>
        <translation>Modo de demostración: la cámara de demostración muestra un documento de muestra. Los paquetes de sus fotos se marcan como demostración y no son una verificación real.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Identity verification</source>
        <translation>Verificación de identidad</translation>
    </message>
</context>
</TS>
