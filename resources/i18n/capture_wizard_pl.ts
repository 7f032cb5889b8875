<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Upload a file instead</source>
        <translation>Prześlij plik</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Powtórz</translation>
    </message>
    <message>
        <source>Take photo  (Space)</source>
        <translation>Zrób zdjęcie  (Spacja)</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>Zachowaj zdjęcie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>Użyj kamery demo</translation>
    </message>
    <message>
        <source>Upload a sharp photo of the whole document, taken straight on.</source>
        <translation>Prześlij ostre zdjęcie całego dokumentu, zrobione na wprost.</translation>
    </message>
    <message>
        <source>Hold it inside the frame, flat and steady. The photo is taken for you.</source>
        <translation>Trzymaj go w ramce, płasko i nieruchomo. Zdjęcie zrobi się samo.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>Uruchamianie kamery…</translation>
    </message>
    <message>
        <source>This file cannot be used: {error}. Choose another photo.</source>
        <translation>Nie można użyć tego pliku: {error}. Wybierz inne zdjęcie.</translation>
    </message>
    <message>
        <source>⟲  Now turn your document over</source>
        <translation>⟲  Teraz odwróć dokument</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>Nie ruszaj się…</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Sprawdzanie zdjęcia…</translation>
    </message>
    <message>
        <source>Press Try again. If this keeps happening, ask a member of staff for help; the details are in the log file.</source>
        <translation>Naciśnij „Spróbuj ponownie”. Jeśli to się powtarza, poproś obsługę o pomoc; szczegóły są w pliku dziennika.</translation>
    </message>
    <message>
        <source>The photo check is not working</source>
        <translation>Sprawdzanie zdjęć nie działa</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>Wybierz zdjęcie</translation>
    </message>
    <message>
        <source>Check that the photo is sharp and that every detail can be read.</source>
        <translation>Sprawdź, czy zdjęcie jest ostre i czy wszystko da się odczytać.</translation>
    </message>
    <message>
        <source>✓ This photo looks good — moving on…</source>
        <translation>✓ Zdjęcie jest dobre — przechodzimy dalej…</translation>
    </message>
    <message>
        <source>✓ This photo looks good</source>
        <translation>✓ Zdjęcie jest dobre</translation>
    </message>
    <message>
        <source>This photo may be rejected: {instruction}</source>
        <translation>To zdjęcie może zostać odrzucone: {instruction}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
</context>
<context>
    <name>CaptureWizard</name>
    <message>
        <source>Identity verification</source>
        <translation>Weryfikacja tożsamości</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Zaczynamy</translation>
    </message>
    <message>
        <source>Cancel and delete your photos?</source>
        <translation>Anulować i usunąć zdjęcia?</translation>
    </message>
    <message>
        <source>Your photos will be deleted now. To verify later, you start again.</source>
        <translation>Twoje zdjęcia zostaną teraz usunięte. Aby zweryfikować się później, zaczniesz od nowa.</translation>
    </message>
    <message>
        <source>Cancel and delete photos</source>
        <translation>Anuluj i usuń zdjęcia</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Kontynuuj</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Passport</source>
        <translation>Paszport</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>Dowód osobisty</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>Prawo jazdy</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>Karta pobytu</translation>
    </message>
    <message>
        <source>A residence permit shows your right to stay, not your nationality. Please use your passport or national ID card.</source>
        <translation>Karta pobytu potwierdza prawo pobytu, a nie obywatelstwo. Użyj paszportu lub dowodu osobistego.</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>Zezwolenie na pracę</translation>
    </message>
    <message>
        <source>A work permit is not an identity document. Please use your passport or national ID card.</source>
        <translation>Zezwolenie na pracę nie jest dokumentem tożsamości. Użyj paszportu lub dowodu osobistego.</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>Legitymacja studencka</translation>
    </message>
    <message>
        <source>Student cards are not official identity documents. Please use your passport or national ID card.</source>
        <translation>Legitymacje studenckie nie są urzędowymi dokumentami tożsamości. Użyj paszportu lub dowodu osobistego.</translation>
    </message>
</context>
<context>
    <name>ConfirmView</name>
    <message>
        <source>The photo just taken</source>
        <translation>Właśnie zrobione zdjęcie</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Check the details read from your document</source>
        <translation>Sprawdź dane odczytane z dokumentu</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Imiona</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>Numer dokumentu</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>Obywatelstwo</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>Data ważności</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>Bez daty ważności</translation>
    </message>
    <message>
        <source>{date} — expired</source>
        <translation>{date} — nieważny</translation>
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
        <translation>Jakiego dokumentu użyjesz?</translation>
    </message>
    <message>
        <source>Choose the country that issued it, then the type of document.</source>
        <translation>Wybierz kraj, który go wydał, a potem rodzaj dokumentu.</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>Kraj wydania</translation>
    </message>
    <message>
        <source>Type to search, e.g. Germany</source>
        <translation>Szukaj, np. Polska</translation>
    </message>
    <message>
        <source>Search for the issuing country</source>
        <translation>Wyszukaj kraj wydania</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>Rodzaj dokumentu</translation>
    </message>
    <message>
        <source>Choose a country first</source>
        <translation>Najpierw wybierz kraj</translation>
    </message>
    <message>
        <source>front and back</source>
        <translation>przód i tył</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>jedna strona</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>nieakceptowany</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your verification has been sent. We will let you know the result.</source>
        <translation>Weryfikacja została wysłana. Poinformujemy Cię o wyniku.</translation>
    </message>
    <message>
        <source>Your verification has been passed on. We will let you know the result.</source>
        <translation>Weryfikacja została przekazana. Poinformujemy Cię o wyniku.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer. It could not be sent just now and will be sent automatically — you do not need to do anything.</source>
        <translation>Weryfikacja jest bezpiecznie zapisana na tym komputerze. Nie udało się jej teraz wysłać; zostanie wysłana automatycznie — nie musisz nic robić.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer and will be passed on to our team — you do not need to do anything.</source>
        <translation>Weryfikacja jest bezpiecznie zapisana na tym komputerze i zostanie przekazana naszemu zespołowi — nie musisz nic robić.</translation>
    </message>
    <message>
        <source>Your verification is saved, but our server did not accept it. Please show this reference number to a member of staff.</source>
        <translation>Weryfikacja jest zapisana, ale nasz serwer jej nie przyjął. Pokaż ten numer referencyjny obsłudze.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>Dziękujemy</translation>
    </message>
    <message>
        <source>You have completed all the steps.</source>
        <translation>Wszystkie kroki zostały ukończone.</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>Twój numer referencyjny</translation>
    </message>
    <message>
        <source>Nothing was submitted.</source>
        <translation>Nic nie zostało wysłane.</translation>
    </message>
    <message>
        <source>Your photos have been removed from this computer&apos;s memory.</source>
        <translation>Twoje zdjęcia zostały usunięte z pamięci tego komputera.</translation>
    </message>
    <message>
        <source>Development mode: the package was saved without encryption.</source>
        <translation>Tryb deweloperski: pakiet zapisano bez szyfrowania.</translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message>
        <source>Take a photo of your face</source>
        <translation>Zrób zdjęcie twarzy</translation>
    </message>
    <message>
        <source>Look straight at the camera with your face inside the oval. Remove sunglasses and hats. Only you may be in the picture.</source>
        <translation>Patrz prosto w kamerę, z twarzą w owalu. Zdejmij okulary przeciwsłoneczne i czapkę. Na zdjęciu możesz być tylko Ty.</translation>
    </message>
    <message>
        <source>Upload a recent, sharp photo of your face, looking straight at the camera.</source>
        <translation>Prześlij aktualne, ostre zdjęcie twarzy, patrząc prosto w obiektyw.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Show your document to the camera</source>
        <translation>Pokaż dokument kamerze</translation>
    </message>
    <message>
        <source>Move the document fully into the frame</source>
        <translation>Umieść cały dokument w ramce</translation>
    </message>
    <message>
        <source>Move the document closer</source>
        <translation>Przybliż dokument</translation>
    </message>
    <message>
        <source>Move the document a little further away</source>
        <translation>Odsuń trochę dokument</translation>
    </message>
    <message>
        <source>Hold the document horizontally</source>
        <translation>Trzymaj dokument poziomo</translation>
    </message>
    <message>
        <source>Hold still — the picture is blurred</source>
        <translation>Nie ruszaj się — obraz jest rozmazany</translation>
    </message>
    <message>
        <source>Find more light</source>
        <translation>Potrzeba więcej światła</translation>
    </message>
    <message>
        <source>Too bright — move away from direct light</source>
        <translation>Za jasno — odsuń się od bezpośredniego światła</translation>
    </message>
    <message>
        <source>Tilt the document to avoid glare</source>
        <translation>Przechyl dokument, aby uniknąć odblasków</translation>
    </message>
    <message>
        <source>Move your finger off the document</source>
        <translation>Zabierz palec z dokumentu</translation>
    </message>
    <message>
        <source>This is not the document you chose</source>
        <translation>To nie jest wybrany dokument</translation>
    </message>
    <message>
        <source>This document has expired — use a valid one</source>
        <translation>Ten dokument jest nieważny — użyj ważnego</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the document closer</source>
        <translation>Nie zasłaniaj palcami linii kodu na dole, unikaj odblasków i przybliż dokument</translation>
    </message>
    <message>
        <source>This document is from another country than the one you chose</source>
        <translation>Ten dokument jest z innego kraju niż wybrany</translation>
    </message>
    <message>
        <source>Turn the document the right way up</source>
        <translation>Obróć dokument właściwą stroną do góry</translation>
    </message>
    <message>
        <source>This looks like the back — show the side with your photo</source>
        <translation>To chyba tył — pokaż stronę ze zdjęciem</translation>
    </message>
    <message>
        <source>This is the side with your photo — turn the document over</source>
        <translation>To strona ze zdjęciem — odwróć dokument</translation>
    </message>
    <message>
        <source>Show the real document, not a screen</source>
        <translation>Pokaż prawdziwy dokument, nie ekran</translation>
    </message>
    <message>
        <source>Use an unedited photo</source>
        <translation>Użyj nieedytowanego zdjęcia</translation>
    </message>
    <message>
        <source>Look into the camera</source>
        <translation>Spójrz w kamerę</translation>
    </message>
    <message>
        <source>Only you may be in the picture</source>
        <translation>Na zdjęciu możesz być tylko Ty</translation>
    </message>
    <message>
        <source>Come closer to the camera</source>
        <translation>Podejdź bliżej kamery</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>Odsuń się trochę</translation>
    </message>
    <message>
        <source>Light your face — turn towards a window or lamp</source>
        <translation>Oświetl twarz — zwróć się do okna lub lampy</translation>
    </message>
    <message>
        <source>Move your face into the oval</source>
        <translation>Umieść twarz w owalu</translation>
    </message>
    <message>
        <source>Look straight at the camera, head upright</source>
        <translation>Patrz prosto w kamerę, głowa prosto</translation>
    </message>
    <message>
        <source>Your face does not match the photo on your document — the document&apos;s holder must take every photo</source>
        <translation>Twoja twarz nie pasuje do zdjęcia w dokumencie — wszystkie zdjęcia musi zrobić posiadacz dokumentu</translation>
    </message>
    <message>
        <source>Hold the paper closer, flat and in good light</source>
        <translation>Przybliż kartkę, trzymaj ją płasko i w dobrym świetle</translation>
    </message>
    <message>
        <source>Write today&apos;s date on the paper: year, month and day</source>
        <translation>Napisz na kartce dzisiejszą datę: rok, miesiąc i dzień</translation>
    </message>
    <message>
        <source>Write the word shown above on the paper</source>
        <translation>Napisz na kartce słowo pokazane powyżej</translation>
    </message>
    <message>
        <source>No document can be seen in this photo — choose a photo of it</source>
        <translation>Na tym zdjęciu nie widać dokumentu — wybierz zdjęcie dokumentu</translation>
    </message>
    <message>
        <source>Part of the document is missing — choose a photo of all of it</source>
        <translation>Brakuje części dokumentu — wybierz zdjęcie całego dokumentu</translation>
    </message>
    <message>
        <source>The document is too small in this photo — choose a closer one</source>
        <translation>Dokument jest na zdjęciu za mały — wybierz bliższe ujęcie</translation>
    </message>
    <message>
        <source>The document does not fit in this photo — choose one of all of it</source>
        <translation>Dokument nie mieści się na zdjęciu — wybierz zdjęcie całego</translation>
    </message>
    <message>
        <source>The document is turned on its side — choose an upright photo</source>
        <translation>Dokument jest obrócony na bok — wybierz proste zdjęcie</translation>
    </message>
    <message>
        <source>This photo is blurred — choose a sharp one</source>
        <translation>To zdjęcie jest rozmazane — wybierz ostre</translation>
    </message>
    <message>
        <source>This photo is too dark — choose one taken in good light</source>
        <translation>To zdjęcie jest za ciemne — wybierz zrobione w dobrym świetle</translation>
    </message>
    <message>
        <source>This photo is too bright — choose one without direct light</source>
        <translation>To zdjęcie jest za jasne — wybierz zdjęcie bez bezpośredniego światła</translation>
    </message>
    <message>
        <source>Glare hides part of the document — choose a photo without reflections</source>
        <translation>Odblask zasłania część dokumentu — wybierz zdjęcie bez odblasków</translation>
    </message>
    <message>
        <source>Something covers part of the document — choose a photo without it</source>
        <translation>Coś zasłania część dokumentu — wybierz zdjęcie bez przeszkód</translation>
    </message>
    <message>
        <source>The code lines at the bottom cannot be read — choose a sharper one</source>
        <translation>Linii kodu na dole nie da się odczytać — wybierz ostrzejsze zdjęcie</translation>
    </message>
    <message>
        <source>The document is upside down — choose an upright photo</source>
        <translation>Dokument jest do góry nogami — wybierz proste zdjęcie</translation>
    </message>
    <message>
        <source>No face can be seen in this photo — choose a photo of your face</source>
        <translation>Na tym zdjęciu nie widać twarzy — wybierz zdjęcie swojej twarzy</translation>
    </message>
    <message>
        <source>Your face is too small in this photo — choose a closer one</source>
        <translation>Twarz jest na zdjęciu za mała — wybierz bliższe ujęcie</translation>
    </message>
    <message>
        <source>Your face is too close in this photo — choose one from further away</source>
        <translation>Twarz jest na zdjęciu za blisko — wybierz zdjęcie z większej odległości</translation>
    </message>
    <message>
        <source>Your face is too dark in this photo — choose one in good light</source>
        <translation>Twarz jest na zdjęciu za ciemna — wybierz zdjęcie w dobrym świetle</translation>
    </message>
    <message>
        <source>Your face is not in the middle of this photo — choose another</source>
        <translation>Twarz nie jest na środku zdjęcia — wybierz inne</translation>
    </message>
    <message>
        <source>Your face is turned away in this photo — choose one looking straight</source>
        <translation>Twarz jest odwrócona — wybierz zdjęcie patrząc na wprost</translation>
    </message>
    <message>
        <source>This looks like the back — choose a photo of the side with your photo</source>
        <translation>To chyba tył — wybierz zdjęcie strony ze zdjęciem</translation>
    </message>
    <message>
        <source>This is the side with your photo — choose a photo of the back</source>
        <translation>To strona ze zdjęciem — wybierz zdjęcie tyłu</translation>
    </message>
    <message>
        <source>The note cannot be read — choose a sharper, closer photo</source>
        <translation>Nie da się odczytać kartki — wybierz ostrzejsze, bliższe zdjęcie</translation>
    </message>
    <message>
        <source>This is a photo of a screen — choose a photo of the real document</source>
        <translation>To zdjęcie ekranu — wybierz zdjęcie prawdziwego dokumentu</translation>
    </message>
    <message>
        <source>Adjust the document</source>
        <translation>Ustaw dokument</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>Kadr</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Ostrość</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Światło</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>Bez odblasku</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>Odsłonięty</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>Tylko Ty</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Pozycja</translation>
    </message>
    <message>
        <source>Facing camera</source>
        <translation>Twarzą do kamery</translation>
    </message>
    <message>
        <source>Your document</source>
        <translation>Twój dokument</translation>
    </message>
    <message>
        <source>Date and word (checked on the photo)</source>
        <translation>Data i słowo (sprawdzane na zdjęciu)</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>Nie znaleziono kamery</translation>
    </message>
    <message>
        <source>Connect a camera and press Try again, or upload a photo instead.</source>
        <translation>Podłącz kamerę i naciśnij „Spróbuj ponownie” albo prześlij zdjęcie.</translation>
    </message>
    <message>
        <source>The camera is not allowed</source>
        <translation>Kamera jest niedozwolona</translation>
    </message>
    <message>
        <source>Allow this app to use the camera in your system&apos;s privacy settings, then press Try again. You can also upload a photo instead.</source>
        <translation>Zezwól tej aplikacji na używanie kamery w ustawieniach prywatności systemu, a potem naciśnij „Spróbuj ponownie”. Możesz też przesłać zdjęcie.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>Kamera jest zajęta</translation>
    </message>
    <message>
        <source>Another program is using the camera. Close it (video calls, other camera apps) and press Try again.</source>
        <translation>Inny program używa kamery. Zamknij go (rozmowy wideo, inne aplikacje aparatu) i naciśnij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation>Kamera została odłączona</translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Try again. Your earlier photos are kept.</source>
        <translation>Sprawdź kabel kamery i naciśnij „Spróbuj ponownie”. Wcześniejsze zdjęcia zostają zachowane.</translation>
    </message>
    <message>
        <source>The camera sends no picture</source>
        <translation>Kamera nie przesyła obrazu</translation>
    </message>
    <message>
        <source>Check that the camera is connected and not covered, then press Try again.</source>
        <translation>Sprawdź, czy kamera jest podłączona i niczym nie zasłonięta, a potem naciśnij „Spróbuj ponownie”.</translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation>Nie można odtworzyć wideo</translation>
    </message>
    <message>
        <source>The chosen video or image folder could not be read. Choose another source.</source>
        <translation>Nie można odczytać wybranego wideo ani folderu ze zdjęciami. Wybierz inne źródło.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Przód</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tył</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>Twarz</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Oświadczenie</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>Przesłany plik</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>Kamera demo</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>Strona paszportu ze zdjęciem</translation>
    </message>
    <message>
        <source>Front of your identity card</source>
        <translation>Przód dowodu osobistego</translation>
    </message>
    <message>
        <source>Back of your identity card</source>
        <translation>Tył dowodu osobistego</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>Przód prawa jazdy</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>Tył prawa jazdy</translation>
    </message>
    <message>
        <source>Hold up your passport and a note</source>
        <translation>Pokaż paszport i kartkę</translation>
    </message>
    <message>
        <source>Hold up your identity card and a note</source>
        <translation>Pokaż dowód osobisty i kartkę</translation>
    </message>
    <message>
        <source>Hold up your driving licence and a note</source>
        <translation>Pokaż prawo jazdy i kartkę</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>Przód dokumentu</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>Tył dokumentu</translation>
    </message>
    <message>
        <source>Hold up your document and a note</source>
        <translation>Pokaż dokument i kartkę</translation>
    </message>
    <message>
        <source>Drop a photo of the front here</source>
        <translation>Upuść tutaj zdjęcie przodu</translation>
    </message>
    <message>
        <source>Drop a photo of the back here</source>
        <translation>Upuść tutaj zdjęcie tyłu</translation>
    </message>
    <message>
        <source>Drop a photo of your face here</source>
        <translation>Upuść tutaj zdjęcie twarzy</translation>
    </message>
    <message>
        <source>Drop the photo here</source>
        <translation>Upuść tutaj zdjęcie</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Dalej</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your photos will be deleted and this will start over in %n second(s).</source>
        <translation>
            <numerusform>Ze względu na prywatność Twoje zdjęcia zostaną usunięte, a wszystko zacznie się od nowa za %n sekundę.</numerusform>
            <numerusform>Ze względu na prywatność Twoje zdjęcia zostaną usunięte, a wszystko zacznie się od nowa za %n sekundy.</numerusform>
            <numerusform>Ze względu na prywatność Twoje zdjęcia zostaną usunięte, a wszystko zacznie się od nowa za %n sekund.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live camera picture</source>
        <translation>Obraz z kamery na żywo</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Your link to continue the identity verification</source>
        <translation>Twój link do dokończenia weryfikacji tożsamości</translation>
    </message>
    <message>
        <source>Open this link on your phone to take the photos for your identity verification:</source>
        <translation>Otwórz ten link na telefonie, aby zrobić zdjęcia do weryfikacji tożsamości:</translation>
    </message>
    <message>
        <source>The link works for {minutes} minutes, on the same Wi-Fi network as the computer where you started. If you did not ask for it, ignore this e-mail.</source>
        <translation>Link działa przez {minutes} min, w tej samej sieci Wi-Fi co komputer, na którym zaczęto. Jeśli nie prosiłeś o niego, zignoruj tę wiadomość.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address. Check it and try again.</source>
        <translation>To nie wygląda na adres e-mail. Sprawdź go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>E-mail is not set up correctly: {why}</source>
        <translation>E-mail nie jest poprawnie skonfigurowany: {why}</translation>
    </message>
    <message>
        <source>The mail server refused this app&apos;s login. Ask a member of staff.</source>
        <translation>Serwer poczty odrzucił logowanie tej aplikacji. Poproś obsługę o pomoc.</translation>
    </message>
    <message>
        <source>The mail server refused this address. Check it and try again.</source>
        <translation>Serwer poczty odrzucił ten adres. Sprawdź go i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent ({kind}). Scan the QR code instead, or try again later.</source>
        <translation>Nie udało się wysłać e-maila ({kind}). Zeskanuj kod QR albo spróbuj później.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How do you want to take the photos?</source>
        <translation>Jak chcesz zrobić zdjęcia?</translation>
    </message>
    <message>
        <source>Choose one. You can change your mind later with Back.</source>
        <translation>Wybierz jedną opcję. Możesz ją później zmienić przyciskiem Wstecz.</translation>
    </message>
    <message>
        <source>Use this computer&apos;s camera</source>
        <translation>Kamera tego komputera</translation>
    </message>
    <message>
        <source>Hold the document up to the camera; we guide you live.</source>
        <translation>Pokaż dokument kamerze; poprowadzimy Cię na żywo.</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>Kamera do użycia</translation>
    </message>
    <message>
        <source>Try the demo camera</source>
        <translation>Wypróbuj kamerę demo</translation>
    </message>
    <message>
        <source>No camera needed: a sample document shows how the guidance works.</source>
        <translation>Bez kamery: przykładowy dokument pokazuje, jak działają wskazówki.</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Kontynuuj na telefonie</translation>
    </message>
    <message>
        <source>Scan a QR code and take the photos with your phone&apos;s camera.</source>
        <translation>Zeskanuj kod QR i zrób zdjęcia aparatem telefonu.</translation>
    </message>
    <message>
        <source>Upload photos</source>
        <translation>Prześlij zdjęcia</translation>
    </message>
    <message>
        <source>Use photos you have already taken (JPEG, PNG, HEIC...).</source>
        <translation>Użyj zrobionych wcześniej zdjęć (JPEG, PNG, HEIC…).</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Try the demo camera or upload photos.</source>
        <translation>Na tym komputerze nie znaleziono kamery. Wypróbuj kamerę demo lub prześlij zdjęcia.</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Continue on your phone or upload photos.</source>
        <translation>Na tym komputerze nie znaleziono kamery. Kontynuuj na telefonie lub prześlij zdjęcia.</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>Użyj kamery demo</translation>
    </message>
    <message>
        <source>A sample document shows how the live guidance works.</source>
        <translation>Przykładowy dokument pokazuje, jak działają wskazówki na żywo.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>Krok {number} z {total}</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Take a photo of your document, filling most of the picture</source>
        <translation>Zrób zdjęcie dokumentu tak, by wypełniał prawie cały kadr</translation>
    </message>
    <message>
        <source>Get the whole document in the picture, with a little space around it</source>
        <translation>Zmieść cały dokument w kadrze, z niewielkim marginesem</translation>
    </message>
    <message>
        <source>Move the phone closer to the document</source>
        <translation>Przybliż telefon do dokumentu</translation>
    </message>
    <message>
        <source>Move the phone a little further away</source>
        <translation>Odsuń trochę telefon</translation>
    </message>
    <message>
        <source>Turn your phone sideways so the document lies across the picture</source>
        <translation>Obróć telefon poziomo, aby dokument leżał w poprzek kadru</translation>
    </message>
    <message>
        <source>Take a photo of your face, looking into the camera</source>
        <translation>Zrób zdjęcie twarzy, patrząc w obiektyw</translation>
    </message>
    <message>
        <source>Hold the phone closer to your face</source>
        <translation>Trzymaj telefon bliżej twarzy</translation>
    </message>
    <message>
        <source>Hold the phone a little further away</source>
        <translation>Trzymaj telefon trochę dalej</translation>
    </message>
    <message>
        <source>Keep your face in the middle of the picture</source>
        <translation>Trzymaj twarz na środku kadru</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the phone closer</source>
        <translation>Nie zasłaniaj palcami linii kodu na dole, unikaj odblasków i przybliż telefon</translation>
    </message>
    <message>
        <source>This request could not be understood.</source>
        <translation>Nie udało się zrozumieć tego żądania.</translation>
    </message>
    <message>
        <source>This address does not accept that.</source>
        <translation>Ten adres tego nie przyjmuje.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>Zbyt wiele żądań. Odczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The photo was not sent encrypted, so it was not accepted. Open the link from the QR code on the computer again, then take the photo.</source>
        <translation>Zdjęcie nie zostało wysłane w postaci zaszyfrowanej, więc go nie przyjęto. Otwórz ponownie link z kodu QR na komputerze i zrób zdjęcie.</translation>
    </message>
    <message>
        <source>The photo could not be unlocked on the computer. Scan the QR code on the computer again, then take the photo.</source>
        <translation>Nie udało się odszyfrować zdjęcia na komputerze. Zeskanuj ponownie kod QR na komputerze i zrób zdjęcie.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>Nic tu nie ma.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {mb} MB). Take it again with a lower resolution.</source>
        <translation>Zdjęcie jest za duże (najwyżej {mb} MB). Zrób je ponownie w niższej rozdzielczości.</translation>
    </message>
    <message>
        <source>The photo stopped arriving. Check the Wi-Fi and send it again.</source>
        <translation>Zdjęcie przestało docierać. Sprawdź Wi-Fi i wyślij je ponownie.</translation>
    </message>
    <message>
        <source>The photo did not arrive whole. Send it again.</source>
        <translation>Zdjęcie nie dotarło w całości. Wyślij je ponownie.</translation>
    </message>
    <message>
        <source>This is not a photo we can read. Take the photo again.</source>
        <translation>Nie możemy odczytać tego zdjęcia. Zrób je ponownie.</translation>
    </message>
    <message>
        <source>This photo is too large to be read. Take it with a lower resolution.</source>
        <translation>To zdjęcie jest za duże, by je odczytać. Zrób je w niższej rozdzielczości.</translation>
    </message>
    <message>
        <source>This link is not valid. Scan the QR code again.</source>
        <translation>Ten link jest nieprawidłowy. Zeskanuj ponownie kod QR.</translation>
    </message>
    <message>
        <source>This link is already being used on another phone. Ask for a new link on the computer.</source>
        <translation>Ten link jest już używany na innym telefonie. Poproś o nowy link na komputerze.</translation>
    </message>
    <message>
        <source>All photos were received. Continue on the computer.</source>
        <translation>Odebrano wszystkie zdjęcia. Kontynuuj na komputerze.</translation>
    </message>
    <message>
        <source>This link was closed on the computer.</source>
        <translation>Ten link został zamknięty na komputerze.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one on the computer.</source>
        <translation>Ten link wygasł. Poproś o nowy na komputerze.</translation>
    </message>
    <message>
        <source>This photo is not part of the verification.</source>
        <translation>To zdjęcie nie należy do weryfikacji.</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>Strona paszportu ze zdjęciem</translation>
    </message>
    <message>
        <source>Front of your national identity card</source>
        <translation>Przód dowodu osobistego</translation>
    </message>
    <message>
        <source>Back of your national identity card</source>
        <translation>Tył dowodu osobistego</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>Przód prawa jazdy</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>Tył prawa jazdy</translation>
    </message>
    <message>
        <source>You, your passport and a note</source>
        <translation>Ty, paszport i kartka</translation>
    </message>
    <message>
        <source>You, your identity card and a note</source>
        <translation>Ty, dowód osobisty i kartka</translation>
    </message>
    <message>
        <source>You, your driving licence and a note</source>
        <translation>Ty, prawo jazdy i kartka</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>Przód dokumentu</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>Tył dokumentu</translation>
    </message>
    <message>
        <source>A photo of your face</source>
        <translation>Zdjęcie twarzy</translation>
    </message>
    <message>
        <source>You, your document and a note</source>
        <translation>Ty, dokument i kartka</translation>
    </message>
    <message>
        <source>Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>Trzymaj telefon poziomo. Połóż dokument na ciemnej, gładkiej powierzchni w dobrym świetle, wypełnij nim kadr i unikaj odblasków.</translation>
    </message>
    <message>
        <source>Turn it over. Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>Odwróć go. Trzymaj telefon poziomo. Połóż dokument na ciemnej, gładkiej powierzchni w dobrym świetle, wypełnij nim kadr i unikaj odblasków.</translation>
    </message>
    <message>
        <source>Look straight at the camera in good light. No sunglasses or hat; only you in the picture.</source>
        <translation>Patrz prosto w obiektyw, w dobrym świetle. Bez okularów przeciwsłonecznych i czapki; na zdjęciu tylko Ty.</translation>
    </message>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face.</source>
        <translation>Napisz na kartce dzisiejszą datę ({today}) i słowa „{word}”. Trzymaj kartkę i dokument obok twarzy.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>QR code: scan it with your phone&apos;s camera</source>
        <translation>Kod QR: zeskanuj go aparatem telefonu</translation>
    </message>
    <message>
        <source>This computer is not on a network, so a phone cannot reach it. Connect it to Wi-Fi, or go Back and use the camera or upload photos.</source>
        <translation>Ten komputer nie jest połączony z siecią, więc telefon nie może się z nim połączyć. Podłącz go do Wi-Fi albo wróć i użyj kamery lub prześlij zdjęcia.</translation>
    </message>
    <message>
        <source>Or type this address in the phone&apos;s browser:</source>
        <translation>Albo wpisz ten adres w przeglądarce telefonu:</translation>
    </message>
    <message>
        <source>Or send the link to your e-mail:</source>
        <translation>Albo wyślij link na swój e-mail:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>imie@przyklad.pl</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>Twój adres e-mail</translation>
    </message>
    <message>
        <source>Send link</source>
        <translation>Wyślij link</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>Sieć:</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>Nowy link</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>Kontynuuj na telefonie</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. Your phone must be on the same Wi-Fi as this computer.</source>
        <translation>Zeskanuj kod aparatem telefonu. Telefon musi być w tej samej sieci Wi-Fi co ten komputer.</translation>
    </message>
    <message>
        <source>The phone link could not be started</source>
        <translation>Nie udało się uruchomić połączenia z telefonem</translation>
    </message>
    <message>
        <source>This computer could not open a connection for the phone on {address} ({reason}). Press Try again, or go Back and use the camera or upload photos.</source>
        <translation>Ten komputer nie mógł otworzyć połączenia dla telefonu pod adresem {address} ({reason}). Naciśnij „Spróbuj ponownie” albo wróć i użyj kamery lub prześlij zdjęcia.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>Czekamy na Twój telefon…</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>skonfigurowana</translation>
    </message>
    <message>
        <source>✓  {side} received</source>
        <translation>✓  {side}: odebrano</translation>
    </message>
    <message>
        <source>…  {side}: checking the photo</source>
        <translation>…  {side}: sprawdzanie zdjęcia</translation>
    </message>
    <message>
        <source>the photo could not be used</source>
        <translation>nie można użyć zdjęcia</translation>
    </message>
    <message>
        <source>✗  {side} not accepted: {reason}. Retake it on the phone.</source>
        <translation>✗  {side}: odrzucono: {reason}. Zrób je ponownie telefonem.</translation>
    </message>
    <message>
        <source>○  {side}</source>
        <translation>○  {side}</translation>
    </message>
    <message>
        <source>Phone connected — follow the steps on your phone</source>
        <translation>Telefon połączony — postępuj według kroków na telefonie</translation>
    </message>
    <message>
        <source>✓ All photos received</source>
        <translation>✓ Odebrano wszystkie zdjęcia</translation>
    </message>
    <message>
        <source>The link has expired — press New link</source>
        <translation>Link wygasł — naciśnij „Nowy link”</translation>
    </message>
    <message>
        <source>For your security, a link works for a limited time.</source>
        <translation>Dla Twojego bezpieczeństwa link działa tylko przez ograniczony czas.</translation>
    </message>
    <message numerus="yes">
        <source>The link works for %n more minute(s), on one phone.</source>
        <translation>
            <numerusform>Link działa jeszcze %n minutę, na jednym telefonie.</numerusform>
            <numerusform>Link działa jeszcze %n minuty, na jednym telefonie.</numerusform>
            <numerusform>Link działa jeszcze %n minut, na jednym telefonie.</numerusform>
        </translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>To nie wygląda na adres e-mail.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Sent. Open the e-mail on your phone.</source>
        <translation>Wysłano. Otwórz e-mail na telefonie.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent (details are in the log file).</source>
        <translation>Nie udało się wysłać e-maila (szczegóły w pliku dziennika).</translation>
    </message>
</context>
<context>
    <name>PhoneWeb</name>
    <message>
        <source>Identity verification</source>
        <translation>Weryfikacja tożsamości</translation>
    </message>
    <message>
        <source>The photo you took</source>
        <translation>Zrobione zdjęcie</translation>
    </message>
    <message>
        <source>Photo {number} of {total}</source>
        <translation>Zdjęcie {number} z {total}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>Zrób zdjęcie</translation>
    </message>
    <message>
        <source>Retake photo</source>
        <translation>Powtórz zdjęcie</translation>
    </message>
    <message>
        <source>Take photo again</source>
        <translation>Zrób zdjęcie ponownie</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
    <message>
        <source>All photos received</source>
        <translation>Odebrano wszystkie zdjęcia</translation>
    </message>
    <message>
        <source>Thank you. Continue on the computer. You can close this page.</source>
        <translation>Dziękujemy. Kontynuuj na komputerze. Możesz zamknąć tę stronę.</translation>
    </message>
    <message>
        <source>This link no longer works</source>
        <translation>Ten link już nie działa</translation>
    </message>
    <message>
        <source>The last photo can&apos;t be used: {instruction}</source>
        <translation>Ostatniego zdjęcia nie można użyć: {instruction}</translation>
    </message>
    <message>
        <source>This photo can&apos;t be used: {instruction}</source>
        <translation>Tego zdjęcia nie można użyć: {instruction}</translation>
    </message>
    <message>
        <source>✓ Photo accepted</source>
        <translation>✓ Zdjęcie przyjęte</translation>
    </message>
    <message>
        <source>This photo is too large (at most {mb} MB). Take it with a lower resolution.</source>
        <translation>To zdjęcie jest za duże (najwyżej {mb} MB). Zrób je w niższej rozdzielczości.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>Przygotowywanie zdjęcia…</translation>
    </message>
    <message>
        <source>This photo could not be read on this phone. Please take it again.</source>
        <translation>Nie udało się odczytać tego zdjęcia na tym telefonie. Zrób je ponownie.</translation>
    </message>
    <message>
        <source>Sending the photo…</source>
        <translation>Wysyłanie zdjęcia…</translation>
    </message>
    <message>
        <source>Sending the photo… {percent}%</source>
        <translation>Wysyłanie zdjęcia… {percent}%</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>Sprawdzanie zdjęcia…</translation>
    </message>
    <message>
        <source>The photo could not be sent. Check that this phone is on the same Wi-Fi as the computer, then try again.</source>
        <translation>Nie udało się wysłać zdjęcia. Sprawdź, czy telefon jest w tej samej sieci Wi-Fi co komputer, i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Ask for a new link on the computer.</source>
        <translation>Poproś o nowy link na komputerze.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Zbyt wiele prób. Odczekaj chwilę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>Coś poszło nie tak. Spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This link is incomplete</source>
        <translation>Ten link jest niekompletny</translation>
    </message>
    <message>
        <source>Scan the QR code on the computer again. If you typed the address, type all of it, with the part after the # sign.</source>
        <translation>Zeskanuj ponownie kod QR na komputerze. Jeśli wpisujesz adres, wpisz go w całości, razem z częścią po znaku #.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff exit</source>
        <translation>Wyjście dla personelu</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to close the kiosk.</source>
        <translation>Tylko dla personelu: wpisz PIN, aby zamknąć kiosk.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>Nieprawidłowy PIN.</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Wróć do kiosku</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>Zamknij kiosk</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <source>Try again</source>
        <translation>Spróbuj ponownie</translation>
    </message>
</context>
<context>
    <name>RemovablePicker</name>
    <message>
        <source>Choose a photo</source>
        <translation>Wybierz zdjęcie</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick or memory card</source>
        <translation>Wybierz zdjęcie z pendrive’a lub karty pamięci</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Zdjęcia</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>Szukaj ponownie</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>Użyj tego zdjęcia</translation>
    </message>
    <message>
        <source>Plug in a USB stick or memory card, then press Look again.</source>
        <translation>Włóż pendrive’a lub kartę pamięci, a potem naciśnij „Szukaj ponownie”.</translation>
    </message>
    <message>
        <source>No photos were found on the USB stick or memory card.</source>
        <translation>Na pendrivie ani karcie pamięci nie znaleziono zdjęć.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Photo of the front</source>
        <translation>Zdjęcie przodu</translation>
    </message>
    <message>
        <source>Photo of the back</source>
        <translation>Zdjęcie tyłu</translation>
    </message>
    <message>
        <source>Photo of your face</source>
        <translation>Zdjęcie twarzy</translation>
    </message>
    <message>
        <source>Photo of the statement</source>
        <translation>Zdjęcie oświadczenia</translation>
    </message>
    <message>
        <source>Retake front</source>
        <translation>Powtórz przód</translation>
    </message>
    <message>
        <source>Retake back</source>
        <translation>Powtórz tył</translation>
    </message>
    <message>
        <source>Retake face</source>
        <translation>Powtórz zdjęcie twarzy</translation>
    </message>
    <message>
        <source>Retake statement</source>
        <translation>Powtórz oświadczenie</translation>
    </message>
    <message>
        <source>Enlarge front</source>
        <translation>Powiększ przód</translation>
    </message>
    <message>
        <source>Enlarge back</source>
        <translation>Powiększ tył</translation>
    </message>
    <message>
        <source>Enlarge face</source>
        <translation>Powiększ zdjęcie twarzy</translation>
    </message>
    <message>
        <source>Enlarge statement</source>
        <translation>Powiększ oświadczenie</translation>
    </message>
    <message>
        <source>Check your photos</source>
        <translation>Sprawdź zdjęcia</translation>
    </message>
    <message>
        <source>Make sure every detail is readable. Retake any photo you are not happy with.</source>
        <translation>Upewnij się, że wszystko jest czytelne. Powtórz każde zdjęcie, z którego nie jesteś zadowolony.</translation>
    </message>
    <message>
        <source>Missing — take this photo</source>
        <translation>Brak — zrób to zdjęcie</translation>
    </message>
    <message>
        <source>Looks good</source>
        <translation>Wygląda dobrze</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>Źródło: {source}</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>Powtórz</translation>
    </message>
    <message>
        <source>Not compared with the photo on your document (none could be read)</source>
        <translation>Nie porównano ze zdjęciem w dokumencie (nie udało się go odczytać)</translation>
    </message>
    <message>
        <source>Matches the photo on your document (score {score})</source>
        <translation>Pasuje do zdjęcia w dokumencie (wynik {score})</translation>
    </message>
    <message>
        <source>Does not match the photo on your document (score {score})</source>
        <translation>Nie pasuje do zdjęcia w dokumencie (wynik {score})</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face, facing the camera.</source>
        <translation>Napisz na kartce dzisiejszą datę ({today}) i słowa „{word}”. Trzymaj kartkę i dokument obok twarzy, skierowane do kamery.</translation>
    </message>
    <message>
        <source>Upload a photo of you holding your document and a note with today&apos;s date and the words “{word}”.</source>
        <translation>Prześlij zdjęcie, na którym trzymasz dokument i kartkę z dzisiejszą datą i słowami „{word}”.</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Preparing your photos…</source>
        <translation>Przygotowywanie zdjęć…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Szyfrowanie…</translation>
    </message>
    <message>
        <source>Saving securely…</source>
        <translation>Bezpieczne zapisywanie…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wysyłanie…</translation>
    </message>
    <message>
        <source>Send your verification</source>
        <translation>Wyślij weryfikację</translation>
    </message>
    <message>
        <source>Check the summary, confirm, and send.</source>
        <translation>Sprawdź podsumowanie, potwierdź i wyślij.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff for help; your photos stay here until you cancel.</source>
        <translation>Ten komputer nie może wysłać Twojej weryfikacji. Poproś obsługę o pomoc; zdjęcia zostaną tu, dopóki nie anulujesz.</translation>
    </message>
    <message>
        <source>Development mode: the package will be saved WITHOUT encryption (package.allow_unencrypted). Never use this with real documents.</source>
        <translation>Tryb deweloperski: pakiet zostanie zapisany BEZ szyfrowania (package.allow_unencrypted). Nigdy nie używaj go z prawdziwymi dokumentami.</translation>
    </message>
    <message>
        <source>I confirm that this is my own identity document and I agree that these photos are sent to verify my identity.</source>
        <translation>Potwierdzam, że to mój własny dokument tożsamości, i zgadzam się na wysłanie tych zdjęć w celu weryfikacji mojej tożsamości.</translation>
    </message>
    <message>
        <source>Submit verification</source>
        <translation>Wyślij weryfikację</translation>
    </message>
    <message>
        <source>✓ from {source}</source>
        <translation>✓ źródło: {source}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Co zostanie wysłane</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>Kraj: {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>Dokument: {name}</translation>
    </message>
    <message>
        <source>Photos: {list}</source>
        <translation>Zdjęcia: {list}</translation>
    </message>
    <message>
        <source>Your photos are still here: press Submit to try again.</source>
        <translation>Zdjęcia wciąż tu są: naciśnij „Wyślij”, aby spróbować ponownie.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff.</source>
        <translation>Ten komputer nie może wysłać Twojej weryfikacji. Poproś obsługę o pomoc.</translation>
    </message>
    <message>
        <source>Your photos could not be saved: {why}.</source>
        <translation>Nie udało się zapisać zdjęć: {why}.</translation>
    </message>
    <message>
        <source>Your photos could not be packaged: {why}.</source>
        <translation>Nie udało się spakować zdjęć: {why}.</translation>
    </message>
    <message>
        <source>Something went wrong while saving (details are in the log file).</source>
        <translation>Podczas zapisywania coś poszło nie tak (szczegóły w pliku dziennika).</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Choose a file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, TIFF or BMP</source>
        <translation>JPEG, PNG, WebP, HEIC, TIFF lub BMP</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Verify your identity</source>
        <translation>Potwierdź swoją tożsamość</translation>
    </message>
    <message>
        <source>It takes about three minutes. We tell you at every step what to do.</source>
        <translation>To zajmie około trzech minut. Na każdym kroku powiemy Ci, co robić.</translation>
    </message>
    <message>
        <source>Choose your document</source>
        <translation>Wybierz dokument</translation>
    </message>
    <message>
        <source>The country that issued it and its type</source>
        <translation>Kraj wydania i rodzaj dokumentu</translation>
    </message>
    <message>
        <source>Photograph it</source>
        <translation>Sfotografuj go</translation>
    </message>
    <message>
        <source>The front, and the back if it has one</source>
        <translation>Przód, a jeśli jest, także tył</translation>
    </message>
    <message>
        <source>Take a face photo</source>
        <translation>Zrób zdjęcie twarzy</translation>
    </message>
    <message>
        <source>So we can see it is you</source>
        <translation>Abyśmy widzieli, że to Ty</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>Sprawdź i wyślij</translation>
    </message>
    <message>
        <source>Look over your photos, then send them</source>
        <translation>Przejrzyj zdjęcia i wyślij je</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>Przygotuj</translation>
    </message>
    <message>
        <source>• Your passport, national ID card or driving licence</source>
        <translation>• Paszport, dowód osobisty lub prawo jazdy</translation>
    </message>
    <message>
        <source>• A well-lit place without direct sunlight</source>
        <translation>• Dobrze oświetlone miejsce bez bezpośredniego słońca</translation>
    </message>
    <message>
        <source>• A plain, dark surface to lay the document on</source>
        <translation>• Gładką, ciemną powierzchnię pod dokument</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>Twoja prywatność</translation>
    </message>
    <message>
        <source>Your photos stay in this computer&apos;s memory while you work. When you submit, they are encrypted before anything is saved or sent, then wiped from memory. If you cancel, they are wiped at once.</source>
        <translation>Podczas pracy zdjęcia pozostają w pamięci tego komputera. Przy wysyłaniu są szyfrowane, zanim cokolwiek zostanie zapisane lub wysłane, a potem usuwane z pamięci. Jeśli anulujesz, zostaną usunięte od razu.</translation>
    </message>
    <message>
        <source>This computer cannot send verifications yet: it has no encryption key. Please ask a member of staff. (Staff: set package.recipients, see docs/configuration.md.)</source>
        <translation>Ten komputer nie może jeszcze wysyłać weryfikacji: nie ma klucza szyfrowania. Poproś obsługę o pomoc. (Obsługa: ustaw package.recipients, patrz docs/configuration.md.)</translation>
    </message>
    <message>
        <source>Demo run: the demo camera shows a sample document. Packages of its photos are marked as demo and are not a real verification.</source>
        <translation>Tryb demo: kamera demo pokazuje przykładowy dokument. Pakiety z jej zdjęciami są oznaczone jako demo i nie są prawdziwą weryfikacją.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Identity verification</source>
        <translation>Weryfikacja tożsamości</translation>
    </message>
</context>
</TS>
