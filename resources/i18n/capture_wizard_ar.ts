<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
<context>
    <name>CapturePage</name>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Upload a file instead</source>
        <translation>رفع ملف</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>إعادة الالتقاط</translation>
    </message>
    <message>
        <source>Take photo  (Space)</source>
        <translation>التقاط الصورة  (مسافة)</translation>
    </message>
    <message>
        <source>Keep this photo</source>
        <translation>الاحتفاظ بالصورة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>استخدام الكاميرا التجريبية</translation>
    </message>
    <message>
        <source>Upload a sharp photo of the whole document, taken straight on.</source>
        <translation>ارفع صورة واضحة للمستند كاملًا، ملتقطة من الأمام مباشرة.</translation>
    </message>
    <message>
        <source>Hold it inside the frame, flat and steady. The photo is taken for you.</source>
        <translation>أمسكه داخل الإطار، مستويًا وثابتًا. تُلتقط الصورة تلقائيًا.</translation>
    </message>
    <message>
        <source>Starting the camera…</source>
        <translation>جارٍ تشغيل الكاميرا…</translation>
    </message>
    <message>
        <source>This file cannot be used: {error}. Choose another photo.</source>
        <translation>لا يمكن استخدام هذا الملف: {error}. اختر صورة أخرى.</translation>
    </message>
    <message>
        <source>⟲  Now turn your document over</source>
        <translation>⟲  اقلب المستند الآن</translation>
    </message>
    <message>
        <source>Hold still…</source>
        <translation>اثبت…</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>جارٍ فحص الصورة…</translation>
    </message>
    <message>
        <source>Press Try again. If this keeps happening, ask a member of staff for help; the details are in the log file.</source>
        <translation>اضغط «إعادة المحاولة». إذا تكرر ذلك، فاطلب المساعدة من أحد الموظفين؛ التفاصيل في ملف السجل.</translation>
    </message>
    <message>
        <source>The photo check is not working</source>
        <translation>فحص الصور لا يعمل</translation>
    </message>
    <message>
        <source>Choose a photo</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Check that the photo is sharp and that every detail can be read.</source>
        <translation>تأكد أن الصورة واضحة وأن كل التفاصيل مقروءة.</translation>
    </message>
    <message>
        <source>✓ This photo looks good — moving on…</source>
        <translation>✓ الصورة جيدة — ننتقل إلى الخطوة التالية…</translation>
    </message>
    <message>
        <source>✓ This photo looks good</source>
        <translation>✓ الصورة جيدة</translation>
    </message>
    <message>
        <source>This photo may be rejected: {instruction}</source>
        <translation>قد تُرفض هذه الصورة: {instruction}</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
</context>
<context>
    <name>CaptureWizard</name>
    <message>
        <source>Identity verification</source>
        <translation>التحقق من الهوية</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>إنهاء</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>ابدأ</translation>
    </message>
    <message>
        <source>Cancel and delete your photos?</source>
        <translation>هل تريد الإلغاء وحذف صورك؟</translation>
    </message>
    <message>
        <source>Your photos will be deleted now. To verify later, you start again.</source>
        <translation>ستُحذف صورك الآن. للتحقق لاحقًا، ستبدأ من جديد.</translation>
    </message>
    <message>
        <source>Cancel and delete photos</source>
        <translation>الإلغاء وحذف الصور</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>المتابعة</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Passport</source>
        <translation>جواز السفر</translation>
    </message>
    <message>
        <source>National identity card</source>
        <translation>بطاقة الهوية الوطنية</translation>
    </message>
    <message>
        <source>Driving licence</source>
        <translation>رخصة القيادة</translation>
    </message>
    <message>
        <source>Residence permit</source>
        <translation>تصريح الإقامة</translation>
    </message>
    <message>
        <source>A residence permit shows your right to stay, not your nationality. Please use your passport or national ID card.</source>
        <translation>يثبت تصريح الإقامة حقك في الإقامة لا جنسيتك. يُرجى استخدام جواز سفرك أو بطاقة هويتك الوطنية.</translation>
    </message>
    <message>
        <source>Work permit</source>
        <translation>تصريح العمل</translation>
    </message>
    <message>
        <source>A work permit is not an identity document. Please use your passport or national ID card.</source>
        <translation>تصريح العمل ليس مستند هوية. يُرجى استخدام جواز سفرك أو بطاقة هويتك الوطنية.</translation>
    </message>
    <message>
        <source>Student ID</source>
        <translation>بطاقة الطالب</translation>
    </message>
    <message>
        <source>Student cards are not official identity documents. Please use your passport or national ID card.</source>
        <translation>بطاقات الطلاب ليست مستندات هوية رسمية. يُرجى استخدام جواز سفرك أو بطاقة هويتك الوطنية.</translation>
    </message>
</context>
<context>
    <name>ConfirmView</name>
    <message>
        <source>The photo just taken</source>
        <translation>الصورة التي التُقطت للتو</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>Check the details read from your document</source>
        <translation>راجع البيانات المقروءة من مستندك</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Document number</source>
        <translation>رقم المستند</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>الجنسية</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Date of expiry</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>No expiry date</source>
        <translation>بلا تاريخ انتهاء</translation>
    </message>
    <message>
        <source>{date} — expired</source>
        <translation>{date} — منتهي الصلاحية</translation>
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
        <translation>ما المستند الذي ستستخدمه؟</translation>
    </message>
    <message>
        <source>Choose the country that issued it, then the type of document.</source>
        <translation>اختر البلد الذي أصدره، ثم نوع المستند.</translation>
    </message>
    <message>
        <source>Issuing country</source>
        <translation>بلد الإصدار</translation>
    </message>
    <message>
        <source>Type to search, e.g. Germany</source>
        <translation>اكتب للبحث، مثل: مصر</translation>
    </message>
    <message>
        <source>Search for the issuing country</source>
        <translation>ابحث عن البلد المُصدِر</translation>
    </message>
    <message>
        <source>Document type</source>
        <translation>نوع المستند</translation>
    </message>
    <message>
        <source>Choose a country first</source>
        <translation>اختر بلدًا أولًا</translation>
    </message>
    <message>
        <source>front and back</source>
        <translation>الوجهان الأمامي والخلفي</translation>
    </message>
    <message>
        <source>one side</source>
        <translation>وجه واحد</translation>
    </message>
    <message>
        <source>not accepted</source>
        <translation>غير مقبول</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Your verification has been sent. We will let you know the result.</source>
        <translation>أُرسل طلب التحقق. سنبلغك بالنتيجة.</translation>
    </message>
    <message>
        <source>Your verification has been passed on. We will let you know the result.</source>
        <translation>سُلّم طلب التحقق. سنبلغك بالنتيجة.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer. It could not be sent just now and will be sent automatically — you do not need to do anything.</source>
        <translation>حُفظ طلب التحقق بأمان على هذا الحاسوب. تعذّر إرساله الآن وسيُرسل تلقائيًا — لا داعي لأن تفعل شيئًا.</translation>
    </message>
    <message>
        <source>Your verification is saved securely on this computer and will be passed on to our team — you do not need to do anything.</source>
        <translation>حُفظ طلب التحقق بأمان على هذا الحاسوب وسيُسلَّم إلى فريقنا — لا داعي لأن تفعل شيئًا.</translation>
    </message>
    <message>
        <source>Your verification is saved, but our server did not accept it. Please show this reference number to a member of staff.</source>
        <translation>حُفظ طلب التحقق، لكن خادمنا لم يقبله. يُرجى إظهار الرقم المرجعي هذا لأحد الموظفين.</translation>
    </message>
    <message>
        <source>Thank you</source>
        <translation>شكرًا لك</translation>
    </message>
    <message>
        <source>You have completed all the steps.</source>
        <translation>أكملت جميع الخطوات.</translation>
    </message>
    <message>
        <source>Your reference number</source>
        <translation>رقمك المرجعي</translation>
    </message>
    <message>
        <source>Nothing was submitted.</source>
        <translation>لم يُرسل أي شيء.</translation>
    </message>
    <message>
        <source>Your photos have been removed from this computer&apos;s memory.</source>
        <translation>حُذفت صورك من ذاكرة هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Development mode: the package was saved without encryption.</source>
        <translation>وضع التطوير: حُفظت الحزمة دون تشفير.</translation>
    </message>
</context>
<context>
    <name>FacePage</name>
    <message>
        <source>Take a photo of your face</source>
        <translation>التقط صورة لوجهك</translation>
    </message>
    <message>
        <source>Look straight at the camera with your face inside the oval. Remove sunglasses and hats. Only you may be in the picture.</source>
        <translation>انظر مباشرة إلى الكاميرا ووجهك داخل الشكل البيضاوي. انزع النظارة الشمسية والقبعة. يجب ألا يظهر في الصورة أحد غيرك.</translation>
    </message>
    <message>
        <source>Upload a recent, sharp photo of your face, looking straight at the camera.</source>
        <translation>ارفع صورة حديثة وواضحة لوجهك وأنت تنظر مباشرة إلى الكاميرا.</translation>
    </message>
</context>
<context>
    <name>Guidance</name>
    <message>
        <source>Show your document to the camera</source>
        <translation>اعرض مستندك أمام الكاميرا</translation>
    </message>
    <message>
        <source>Move the document fully into the frame</source>
        <translation>أدخل المستند كاملًا في الإطار</translation>
    </message>
    <message>
        <source>Move the document closer</source>
        <translation>قرّب المستند</translation>
    </message>
    <message>
        <source>Move the document a little further away</source>
        <translation>أبعد المستند قليلًا</translation>
    </message>
    <message>
        <source>Hold the document horizontally</source>
        <translation>أمسك المستند أفقيًا</translation>
    </message>
    <message>
        <source>Hold still — the picture is blurred</source>
        <translation>اثبت — الصورة غير واضحة</translation>
    </message>
    <message>
        <source>Find more light</source>
        <translation>ابحث عن إضاءة أكثر</translation>
    </message>
    <message>
        <source>Too bright — move away from direct light</source>
        <translation>الإضاءة قوية جدًا — ابتعد عن الضوء المباشر</translation>
    </message>
    <message>
        <source>Tilt the document to avoid glare</source>
        <translation>أمِل المستند لتجنب الانعكاس</translation>
    </message>
    <message>
        <source>Move your finger off the document</source>
        <translation>أبعد إصبعك عن المستند</translation>
    </message>
    <message>
        <source>This is not the document you chose</source>
        <translation>هذا ليس المستند الذي اخترته</translation>
    </message>
    <message>
        <source>This document has expired — use a valid one</source>
        <translation>انتهت صلاحية هذا المستند — استخدم مستندًا ساريًا</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the document closer</source>
        <translation>أبعد أصابعك والانعكاسات عن أسطر الرمز في الأسفل، وقرّب المستند</translation>
    </message>
    <message>
        <source>This document is from another country than the one you chose</source>
        <translation>هذا المستند من بلد غير الذي اخترته</translation>
    </message>
    <message>
        <source>Turn the document the right way up</source>
        <translation>اقلب المستند إلى وضعه الصحيح</translation>
    </message>
    <message>
        <source>This looks like the back — show the side with your photo</source>
        <translation>يبدو أن هذا هو الوجه الخلفي — اعرض الوجه الذي يحمل صورتك</translation>
    </message>
    <message>
        <source>This is the side with your photo — turn the document over</source>
        <translation>هذا هو الوجه الذي يحمل صورتك — اقلب المستند</translation>
    </message>
    <message>
        <source>Show the real document, not a screen</source>
        <translation>اعرض المستند الحقيقي، لا شاشة</translation>
    </message>
    <message>
        <source>Use an unedited photo</source>
        <translation>استخدم صورة غير معدّلة</translation>
    </message>
    <message>
        <source>Look into the camera</source>
        <translation>انظر إلى الكاميرا</translation>
    </message>
    <message>
        <source>Only you may be in the picture</source>
        <translation>يجب ألا يظهر في الصورة أحد غيرك</translation>
    </message>
    <message>
        <source>Come closer to the camera</source>
        <translation>اقترب من الكاميرا</translation>
    </message>
    <message>
        <source>Move back a little</source>
        <translation>ابتعد قليلًا</translation>
    </message>
    <message>
        <source>Light your face — turn towards a window or lamp</source>
        <translation>أضئ وجهك — اتجه نحو نافذة أو مصباح</translation>
    </message>
    <message>
        <source>Move your face into the oval</source>
        <translation>ضع وجهك داخل الشكل البيضاوي</translation>
    </message>
    <message>
        <source>Look straight at the camera, head upright</source>
        <translation>انظر مباشرة إلى الكاميرا، والرأس مستقيم</translation>
    </message>
    <message>
        <source>Your face does not match the photo on your document — the document&apos;s holder must take every photo</source>
        <translation>وجهك لا يطابق الصورة في مستندك — يجب أن يلتقط صاحب المستند جميع الصور</translation>
    </message>
    <message>
        <source>Hold the paper closer, flat and in good light</source>
        <translation>قرّب الورقة، مستوية وفي إضاءة جيدة</translation>
    </message>
    <message>
        <source>Write today&apos;s date on the paper: year, month and day</source>
        <translation>اكتب تاريخ اليوم على الورقة: السنة والشهر واليوم</translation>
    </message>
    <message>
        <source>Write the word shown above on the paper</source>
        <translation>اكتب الكلمة المعروضة أعلاه على الورقة</translation>
    </message>
    <message>
        <source>No document can be seen in this photo — choose a photo of it</source>
        <translation>لا يظهر أي مستند في هذه الصورة — اختر صورة للمستند</translation>
    </message>
    <message>
        <source>Part of the document is missing — choose a photo of all of it</source>
        <translation>جزء من المستند ناقص — اختر صورة للمستند كاملًا</translation>
    </message>
    <message>
        <source>The document is too small in this photo — choose a closer one</source>
        <translation>المستند صغير جدًا في هذه الصورة — اختر صورة أقرب</translation>
    </message>
    <message>
        <source>The document does not fit in this photo — choose one of all of it</source>
        <translation>المستند لا يتسع في هذه الصورة — اختر صورة له كاملًا</translation>
    </message>
    <message>
        <source>The document is turned on its side — choose an upright photo</source>
        <translation>المستند مائل على جانبه — اختر صورة معتدلة</translation>
    </message>
    <message>
        <source>This photo is blurred — choose a sharp one</source>
        <translation>هذه الصورة غير واضحة — اختر صورة واضحة</translation>
    </message>
    <message>
        <source>This photo is too dark — choose one taken in good light</source>
        <translation>هذه الصورة مظلمة جدًا — اختر صورة في إضاءة جيدة</translation>
    </message>
    <message>
        <source>This photo is too bright — choose one without direct light</source>
        <translation>هذه الصورة ساطعة جدًا — اختر صورة بلا ضوء مباشر</translation>
    </message>
    <message>
        <source>Glare hides part of the document — choose a photo without reflections</source>
        <translation>انعكاس يخفي جزءًا من المستند — اختر صورة بلا انعكاسات</translation>
    </message>
    <message>
        <source>Something covers part of the document — choose a photo without it</source>
        <translation>شيء ما يغطي جزءًا من المستند — اختر صورة بدونه</translation>
    </message>
    <message>
        <source>The code lines at the bottom cannot be read — choose a sharper one</source>
        <translation>تتعذر قراءة أسطر الرمز في الأسفل — اختر صورة أوضح</translation>
    </message>
    <message>
        <source>The document is upside down — choose an upright photo</source>
        <translation>المستند مقلوب — اختر صورة معتدلة</translation>
    </message>
    <message>
        <source>No face can be seen in this photo — choose a photo of your face</source>
        <translation>لا يظهر أي وجه في هذه الصورة — اختر صورة لوجهك</translation>
    </message>
    <message>
        <source>Your face is too small in this photo — choose a closer one</source>
        <translation>وجهك صغير جدًا في هذه الصورة — اختر صورة أقرب</translation>
    </message>
    <message>
        <source>Your face is too close in this photo — choose one from further away</source>
        <translation>وجهك قريب جدًا في هذه الصورة — اختر صورة من مسافة أبعد</translation>
    </message>
    <message>
        <source>Your face is too dark in this photo — choose one in good light</source>
        <translation>وجهك مظلم جدًا في هذه الصورة — اختر صورة في إضاءة جيدة</translation>
    </message>
    <message>
        <source>Your face is not in the middle of this photo — choose another</source>
        <translation>وجهك ليس في منتصف هذه الصورة — اختر صورة أخرى</translation>
    </message>
    <message>
        <source>Your face is turned away in this photo — choose one looking straight</source>
        <translation>وجهك ملتفت في هذه الصورة — اختر صورة تنظر فيها مباشرة</translation>
    </message>
    <message>
        <source>This looks like the back — choose a photo of the side with your photo</source>
        <translation>يبدو أن هذا هو الوجه الخلفي — اختر صورة للوجه الذي يحمل صورتك</translation>
    </message>
    <message>
        <source>This is the side with your photo — choose a photo of the back</source>
        <translation>هذا هو الوجه الذي يحمل صورتك — اختر صورة للوجه الخلفي</translation>
    </message>
    <message>
        <source>The note cannot be read — choose a sharper, closer photo</source>
        <translation>تتعذر قراءة الورقة — اختر صورة أوضح وأقرب</translation>
    </message>
    <message>
        <source>This is a photo of a screen — choose a photo of the real document</source>
        <translation>هذه صورة لشاشة — اختر صورة للمستند الحقيقي</translation>
    </message>
    <message>
        <source>Adjust the document</source>
        <translation>اضبط وضع المستند</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>المستند</translation>
    </message>
    <message>
        <source>Framing</source>
        <translation>التأطير</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>الوضوح</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>الإضاءة</translation>
    </message>
    <message>
        <source>No glare</source>
        <translation>بلا انعكاس</translation>
    </message>
    <message>
        <source>Clear view</source>
        <translation>رؤية واضحة</translation>
    </message>
    <message>
        <source>Only you</source>
        <translation>أنت فقط</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>الموضع</translation>
    </message>
    <message>
        <source>Facing camera</source>
        <translation>مواجهة الكاميرا</translation>
    </message>
    <message>
        <source>Your document</source>
        <translation>مستندك</translation>
    </message>
    <message>
        <source>Date and word (checked on the photo)</source>
        <translation>التاريخ والكلمة (يُفحصان في الصورة)</translation>
    </message>
    <message>
        <source>No camera found</source>
        <translation>لم يُعثر على كاميرا</translation>
    </message>
    <message>
        <source>Connect a camera and press Try again, or upload a photo instead.</source>
        <translation>وصّل كاميرا واضغط «إعادة المحاولة»، أو ارفع صورة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The camera is not allowed</source>
        <translation>الكاميرا غير مسموح بها</translation>
    </message>
    <message>
        <source>Allow this app to use the camera in your system&apos;s privacy settings, then press Try again. You can also upload a photo instead.</source>
        <translation>اسمح لهذا التطبيق باستخدام الكاميرا من إعدادات الخصوصية في نظامك، ثم اضغط «إعادة المحاولة». يمكنك أيضًا رفع صورة بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>The camera is busy</source>
        <translation>الكاميرا مشغولة</translation>
    </message>
    <message>
        <source>Another program is using the camera. Close it (video calls, other camera apps) and press Try again.</source>
        <translation>برنامج آخر يستخدم الكاميرا. أغلقه (مكالمات الفيديو وتطبيقات الكاميرا الأخرى) واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The camera was disconnected</source>
        <translation>انفصلت الكاميرا</translation>
    </message>
    <message>
        <source>Check the camera&apos;s cable, then press Try again. Your earlier photos are kept.</source>
        <translation>افحص كابل الكاميرا، ثم اضغط «إعادة المحاولة». صورك السابقة محفوظة.</translation>
    </message>
    <message>
        <source>The camera sends no picture</source>
        <translation>الكاميرا لا ترسل صورة</translation>
    </message>
    <message>
        <source>Check that the camera is connected and not covered, then press Try again.</source>
        <translation>تأكد أن الكاميرا موصولة وغير مغطاة، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The video cannot be played</source>
        <translation>يتعذر تشغيل الفيديو</translation>
    </message>
    <message>
        <source>The chosen video or image folder could not be read. Choose another source.</source>
        <translation>تعذرت قراءة الفيديو أو مجلد الصور المختار. اختر مصدرًا آخر.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>الوجه الأمامي</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>الوجه الخلفي</translation>
    </message>
    <message>
        <source>Face</source>
        <translation>الوجه</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>الإقرار</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>الكاميرا</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Uploaded file</source>
        <translation>ملف مرفوع</translation>
    </message>
    <message>
        <source>Demo camera</source>
        <translation>كاميرا تجريبية</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>صفحة الصورة في جواز سفرك</translation>
    </message>
    <message>
        <source>Front of your identity card</source>
        <translation>الوجه الأمامي لبطاقة هويتك</translation>
    </message>
    <message>
        <source>Back of your identity card</source>
        <translation>الوجه الخلفي لبطاقة هويتك</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>الوجه الأمامي لرخصة قيادتك</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>الوجه الخلفي لرخصة قيادتك</translation>
    </message>
    <message>
        <source>Hold up your passport and a note</source>
        <translation>ارفع جواز سفرك وورقة مكتوبة</translation>
    </message>
    <message>
        <source>Hold up your identity card and a note</source>
        <translation>ارفع بطاقة هويتك وورقة مكتوبة</translation>
    </message>
    <message>
        <source>Hold up your driving licence and a note</source>
        <translation>ارفع رخصة قيادتك وورقة مكتوبة</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>الوجه الأمامي لمستندك</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>الوجه الخلفي لمستندك</translation>
    </message>
    <message>
        <source>Hold up your document and a note</source>
        <translation>ارفع مستندك وورقة مكتوبة</translation>
    </message>
    <message>
        <source>Drop a photo of the front here</source>
        <translation>أفلت صورة الوجه الأمامي هنا</translation>
    </message>
    <message>
        <source>Drop a photo of the back here</source>
        <translation>أفلت صورة الوجه الخلفي هنا</translation>
    </message>
    <message>
        <source>Drop a photo of your face here</source>
        <translation>أفلت صورة وجهك هنا</translation>
    </message>
    <message>
        <source>Drop the photo here</source>
        <translation>أفلت الصورة هنا</translation>
    </message>
</context>
<context>
    <name>IdleWarning</name>
    <message>
        <source>Are you still there?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>متابعة</translation>
    </message>
    <message numerus="yes">
        <source>For your privacy, your photos will be deleted and this will start over in %n second(s).</source>
        <translation>
            <numerusform>حفاظًا على خصوصيتك، ستُحذف صورك وتبدأ العملية من جديد بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُحذف صورك وتبدأ العملية من جديد بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُحذف صورك وتبدأ العملية من جديد بعد %n ثانيتين.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُحذف صورك وتبدأ العملية من جديد بعد %n ثوانٍ.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُحذف صورك وتبدأ العملية من جديد بعد %n ثانية.</numerusform>
            <numerusform>حفاظًا على خصوصيتك، ستُحذف صورك وتبدأ العملية من جديد بعد %n ثانية.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LiveView</name>
    <message>
        <source>Live camera picture</source>
        <translation>صورة الكاميرا المباشرة</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>Your link to continue the identity verification</source>
        <translation>رابطك لمتابعة التحقق من الهوية</translation>
    </message>
    <message>
        <source>Open this link on your phone to take the photos for your identity verification:</source>
        <translation>افتح هذا الرابط على هاتفك لالتقاط صور التحقق من هويتك:</translation>
    </message>
    <message>
        <source>The link works for {minutes} minutes, on the same Wi-Fi network as the computer where you started. If you did not ask for it, ignore this e-mail.</source>
        <translation>يعمل الرابط لمدة {minutes} دقيقة، على شبكة Wi-Fi نفسها التي يتصل بها الحاسوب الذي بدأت عليه. إن لم تطلبه، فتجاهل هذه الرسالة.</translation>
    </message>
    <message>
        <source>This does not look like an e-mail address. Check it and try again.</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني. تحقق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>E-mail is not set up correctly: {why}</source>
        <translation>البريد الإلكتروني غير مُعدّ بشكل صحيح: {why}</translation>
    </message>
    <message>
        <source>The mail server refused this app&apos;s login. Ask a member of staff.</source>
        <translation>رفض خادم البريد تسجيل دخول هذا التطبيق. يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>The mail server refused this address. Check it and try again.</source>
        <translation>رفض خادم البريد هذا العنوان. تحقق منه وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent ({kind}). Scan the QR code instead, or try again later.</source>
        <translation>تعذر إرسال الرسالة ({kind}). امسح رمز QR بدلًا من ذلك، أو حاول لاحقًا.</translation>
    </message>
</context>
<context>
    <name>MethodPage</name>
    <message>
        <source>How do you want to take the photos?</source>
        <translation>كيف تريد التقاط الصور؟</translation>
    </message>
    <message>
        <source>Choose one. You can change your mind later with Back.</source>
        <translation>اختر طريقة واحدة. يمكنك تغييرها لاحقًا بزر «رجوع».</translation>
    </message>
    <message>
        <source>Use this computer&apos;s camera</source>
        <translation>كاميرا هذا الحاسوب</translation>
    </message>
    <message>
        <source>Hold the document up to the camera; we guide you live.</source>
        <translation>اعرض المستند أمام الكاميرا؛ نرشدك مباشرة.</translation>
    </message>
    <message>
        <source>Camera to use</source>
        <translation>الكاميرا المستخدمة</translation>
    </message>
    <message>
        <source>Try the demo camera</source>
        <translation>جرّب الكاميرا التجريبية</translation>
    </message>
    <message>
        <source>No camera needed: a sample document shows how the guidance works.</source>
        <translation>لا حاجة إلى كاميرا: مستند نموذجي يوضح كيف يعمل الإرشاد.</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>المتابعة على هاتفك</translation>
    </message>
    <message>
        <source>Scan a QR code and take the photos with your phone&apos;s camera.</source>
        <translation>امسح رمز QR والتقط الصور بكاميرا هاتفك.</translation>
    </message>
    <message>
        <source>Upload photos</source>
        <translation>رفع الصور</translation>
    </message>
    <message>
        <source>Use photos you have already taken (JPEG, PNG, HEIC...).</source>
        <translation>استخدم صورًا التقطتها من قبل (JPEG وPNG وHEIC…).</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Try the demo camera or upload photos.</source>
        <translation>لم يُعثر على كاميرا في هذا الحاسوب. جرّب الكاميرا التجريبية أو ارفع صورًا.</translation>
    </message>
    <message>
        <source>No camera was found on this computer. Continue on your phone or upload photos.</source>
        <translation>لم يُعثر على كاميرا في هذا الحاسوب. تابع على هاتفك أو ارفع صورًا.</translation>
    </message>
    <message>
        <source>Use the demo camera</source>
        <translation>استخدام الكاميرا التجريبية</translation>
    </message>
    <message>
        <source>A sample document shows how the live guidance works.</source>
        <translation>مستند نموذجي يوضح كيف يعمل الإرشاد المباشر.</translation>
    </message>
</context>
<context>
    <name>Page</name>
    <message>
        <source>Step {number} of {total}</source>
        <translation>الخطوة {number} من {total}</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>Take a photo of your document, filling most of the picture</source>
        <translation>التقط صورة لمستندك بحيث يملأ معظم الصورة</translation>
    </message>
    <message>
        <source>Get the whole document in the picture, with a little space around it</source>
        <translation>أدخل المستند كاملًا في الصورة مع هامش صغير حوله</translation>
    </message>
    <message>
        <source>Move the phone closer to the document</source>
        <translation>قرّب الهاتف من المستند</translation>
    </message>
    <message>
        <source>Move the phone a little further away</source>
        <translation>أبعد الهاتف قليلًا</translation>
    </message>
    <message>
        <source>Turn your phone sideways so the document lies across the picture</source>
        <translation>أدر هاتفك أفقيًا ليمتد المستند بعرض الصورة</translation>
    </message>
    <message>
        <source>Take a photo of your face, looking into the camera</source>
        <translation>التقط صورة لوجهك وأنت تنظر إلى الكاميرا</translation>
    </message>
    <message>
        <source>Hold the phone closer to your face</source>
        <translation>قرّب الهاتف من وجهك</translation>
    </message>
    <message>
        <source>Hold the phone a little further away</source>
        <translation>أبعد الهاتف قليلًا</translation>
    </message>
    <message>
        <source>Keep your face in the middle of the picture</source>
        <translation>اجعل وجهك في منتصف الصورة</translation>
    </message>
    <message>
        <source>Keep fingers and glare off the code lines at the bottom, and hold the phone closer</source>
        <translation>أبعد أصابعك والانعكاسات عن أسطر الرمز في الأسفل، وقرّب الهاتف</translation>
    </message>
    <message>
        <source>This request could not be understood.</source>
        <translation>تعذر فهم هذا الطلب.</translation>
    </message>
    <message>
        <source>This address does not accept that.</source>
        <translation>هذا العنوان لا يقبل ذلك.</translation>
    </message>
    <message>
        <source>Too many requests. Wait a moment and try again.</source>
        <translation>طلبات كثيرة جدًا. انتظر قليلًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>حدث خطأ. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>The photo was not sent encrypted, so it was not accepted. Open the link from the QR code on the computer again, then take the photo.</source>
        <translation>لم تُرسل الصورة مشفّرة، لذلك لم تُقبل. افتح الرابط من رمز QR على الحاسوب مرة أخرى، ثم التقط الصورة.</translation>
    </message>
    <message>
        <source>The photo could not be unlocked on the computer. Scan the QR code on the computer again, then take the photo.</source>
        <translation>تعذر فتح الصورة على الحاسوب. امسح رمز QR على الحاسوب مرة أخرى، ثم التقط الصورة.</translation>
    </message>
    <message>
        <source>There is nothing here.</source>
        <translation>لا يوجد شيء هنا.</translation>
    </message>
    <message>
        <source>The photo is too large (at most {mb} MB). Take it again with a lower resolution.</source>
        <translation>الصورة كبيرة جدًا (الحد الأقصى {mb} ميغابايت). التقطها مجددًا بدقة أقل.</translation>
    </message>
    <message>
        <source>The photo stopped arriving. Check the Wi-Fi and send it again.</source>
        <translation>توقف وصول الصورة. تحقق من شبكة Wi-Fi وأرسلها مرة أخرى.</translation>
    </message>
    <message>
        <source>The photo did not arrive whole. Send it again.</source>
        <translation>لم تصل الصورة كاملة. أرسلها مرة أخرى.</translation>
    </message>
    <message>
        <source>This is not a photo we can read. Take the photo again.</source>
        <translation>لا يمكننا قراءة هذه الصورة. التقطها مرة أخرى.</translation>
    </message>
    <message>
        <source>This photo is too large to be read. Take it with a lower resolution.</source>
        <translation>هذه الصورة أكبر من أن تُقرأ. التقطها بدقة أقل.</translation>
    </message>
    <message>
        <source>This link is not valid. Scan the QR code again.</source>
        <translation>هذا الرابط غير صالح. امسح رمز QR مرة أخرى.</translation>
    </message>
    <message>
        <source>This link is already being used on another phone. Ask for a new link on the computer.</source>
        <translation>هذا الرابط مستخدم بالفعل على هاتف آخر. اطلب رابطًا جديدًا من الحاسوب.</translation>
    </message>
    <message>
        <source>All photos were received. Continue on the computer.</source>
        <translation>استُلمت جميع الصور. تابع على الحاسوب.</translation>
    </message>
    <message>
        <source>This link was closed on the computer.</source>
        <translation>أُغلق هذا الرابط على الحاسوب.</translation>
    </message>
    <message>
        <source>This link has expired. Ask for a new one on the computer.</source>
        <translation>انتهت صلاحية هذا الرابط. اطلب رابطًا جديدًا من الحاسوب.</translation>
    </message>
    <message>
        <source>This photo is not part of the verification.</source>
        <translation>هذه الصورة ليست جزءًا من التحقق.</translation>
    </message>
    <message>
        <source>Photo page of your passport</source>
        <translation>صفحة الصورة في جواز سفرك</translation>
    </message>
    <message>
        <source>Front of your national identity card</source>
        <translation>الوجه الأمامي لبطاقة هويتك الوطنية</translation>
    </message>
    <message>
        <source>Back of your national identity card</source>
        <translation>الوجه الخلفي لبطاقة هويتك الوطنية</translation>
    </message>
    <message>
        <source>Front of your driving licence</source>
        <translation>الوجه الأمامي لرخصة قيادتك</translation>
    </message>
    <message>
        <source>Back of your driving licence</source>
        <translation>الوجه الخلفي لرخصة قيادتك</translation>
    </message>
    <message>
        <source>You, your passport and a note</source>
        <translation>أنت وجواز سفرك وورقة مكتوبة</translation>
    </message>
    <message>
        <source>You, your identity card and a note</source>
        <translation>أنت وبطاقة هويتك وورقة مكتوبة</translation>
    </message>
    <message>
        <source>You, your driving licence and a note</source>
        <translation>أنت ورخصة قيادتك وورقة مكتوبة</translation>
    </message>
    <message>
        <source>Front of your document</source>
        <translation>الوجه الأمامي لمستندك</translation>
    </message>
    <message>
        <source>Back of your document</source>
        <translation>الوجه الخلفي لمستندك</translation>
    </message>
    <message>
        <source>A photo of your face</source>
        <translation>صورة لوجهك</translation>
    </message>
    <message>
        <source>You, your document and a note</source>
        <translation>أنت ومستندك وورقة مكتوبة</translation>
    </message>
    <message>
        <source>Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>أمسك هاتفك أفقيًا. ضع المستند على سطح داكن بلون واحد في إضاءة جيدة، واجعله يملأ الصورة، وتجنب الانعكاسات.</translation>
    </message>
    <message>
        <source>Turn it over. Hold your phone sideways. Lay the document on a dark, plain surface in good light, fill the picture with it, and avoid glare.</source>
        <translation>اقلبه. أمسك هاتفك أفقيًا. ضع المستند على سطح داكن بلون واحد في إضاءة جيدة، واجعله يملأ الصورة، وتجنب الانعكاسات.</translation>
    </message>
    <message>
        <source>Look straight at the camera in good light. No sunglasses or hat; only you in the picture.</source>
        <translation>انظر مباشرة إلى الكاميرا في إضاءة جيدة. بلا نظارة شمسية أو قبعة؛ ولا أحد غيرك في الصورة.</translation>
    </message>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face.</source>
        <translation>اكتب تاريخ اليوم ({today}) والكلمات «{word}» على ورقة. أمسك الورقة ومستندك بجانب وجهك.</translation>
    </message>
</context>
<context>
    <name>PhonePage</name>
    <message>
        <source>QR code: scan it with your phone&apos;s camera</source>
        <translation>رمز QR: امسحه بكاميرا هاتفك</translation>
    </message>
    <message>
        <source>This computer is not on a network, so a phone cannot reach it. Connect it to Wi-Fi, or go Back and use the camera or upload photos.</source>
        <translation>هذا الحاسوب غير متصل بأي شبكة، فلا يستطيع الهاتف الوصول إليه. وصّله بشبكة Wi-Fi، أو ارجع واستخدم الكاميرا أو ارفع صورًا.</translation>
    </message>
    <message>
        <source>Or type this address in the phone&apos;s browser:</source>
        <translation>أو اكتب هذا العنوان في متصفح الهاتف:</translation>
    </message>
    <message>
        <source>Or send the link to your e-mail:</source>
        <translation>أو أرسل الرابط إلى بريدك الإلكتروني:</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Your e-mail address</source>
        <translation>عنوان بريدك الإلكتروني</translation>
    </message>
    <message>
        <source>Send link</source>
        <translation>إرسال الرابط</translation>
    </message>
    <message>
        <source>Network:</source>
        <translation>الشبكة:</translation>
    </message>
    <message>
        <source>New link</source>
        <translation>رابط جديد</translation>
    </message>
    <message>
        <source>Continue on your phone</source>
        <translation>المتابعة على هاتفك</translation>
    </message>
    <message>
        <source>Scan the code with your phone&apos;s camera. Your phone must be on the same Wi-Fi as this computer.</source>
        <translation>امسح الرمز بكاميرا هاتفك. يجب أن يكون هاتفك على شبكة Wi-Fi نفسها التي يتصل بها هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The phone link could not be started</source>
        <translation>تعذر بدء الاتصال بالهاتف</translation>
    </message>
    <message>
        <source>This computer could not open a connection for the phone on {address} ({reason}). Press Try again, or go Back and use the camera or upload photos.</source>
        <translation>تعذر على هذا الحاسوب فتح اتصال للهاتف على {address} ({reason}). اضغط «إعادة المحاولة»، أو ارجع واستخدم الكاميرا أو ارفع صورًا.</translation>
    </message>
    <message>
        <source>Waiting for your phone…</source>
        <translation>في انتظار هاتفك…</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>مُعدّة</translation>
    </message>
    <message>
        <source>✓  {side} received</source>
        <translation>✓  {side}: تم الاستلام</translation>
    </message>
    <message>
        <source>…  {side}: checking the photo</source>
        <translation>…  {side}: جارٍ فحص الصورة</translation>
    </message>
    <message>
        <source>the photo could not be used</source>
        <translation>تعذر استخدام الصورة</translation>
    </message>
    <message>
        <source>✗  {side} not accepted: {reason}. Retake it on the phone.</source>
        <translation>✗  {side}: مرفوض: {reason}. أعد التقاطها بالهاتف.</translation>
    </message>
    <message>
        <source>○  {side}</source>
        <translation>○  {side}</translation>
    </message>
    <message>
        <source>Phone connected — follow the steps on your phone</source>
        <translation>الهاتف متصل — اتبع الخطوات على هاتفك</translation>
    </message>
    <message>
        <source>✓ All photos received</source>
        <translation>✓ استُلمت جميع الصور</translation>
    </message>
    <message>
        <source>The link has expired — press New link</source>
        <translation>انتهت صلاحية الرابط — اضغط «رابط جديد»</translation>
    </message>
    <message>
        <source>For your security, a link works for a limited time.</source>
        <translation>حفاظًا على أمانك، يعمل الرابط لمدة محدودة.</translation>
    </message>
    <message numerus="yes">
        <source>The link works for %n more minute(s), on one phone.</source>
        <translation>
            <numerusform>يعمل الرابط لمدة %n دقيقة أخرى، على هاتف واحد.</numerusform>
            <numerusform>يعمل الرابط لمدة %n دقيقة أخرى، على هاتف واحد.</numerusform>
            <numerusform>يعمل الرابط لمدة %n دقيقتين أخريين، على هاتف واحد.</numerusform>
            <numerusform>يعمل الرابط لمدة %n دقائق أخرى، على هاتف واحد.</numerusform>
            <numerusform>يعمل الرابط لمدة %n دقيقة أخرى، على هاتف واحد.</numerusform>
            <numerusform>يعمل الرابط لمدة %n دقيقة أخرى، على هاتف واحد.</numerusform>
        </translation>
    </message>
    <message>
        <source>This does not look like an e-mail address.</source>
        <translation>لا يبدو هذا عنوان بريد إلكتروني.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Sent. Open the e-mail on your phone.</source>
        <translation>أُرسل. افتح الرسالة على هاتفك.</translation>
    </message>
    <message>
        <source>The e-mail could not be sent (details are in the log file).</source>
        <translation>تعذر إرسال الرسالة (التفاصيل في ملف السجل).</translation>
    </message>
</context>
<context>
    <name>PhoneWeb</name>
    <message>
        <source>Identity verification</source>
        <translation>التحقق من الهوية</translation>
    </message>
    <message>
        <source>The photo you took</source>
        <translation>الصورة التي التقطتها</translation>
    </message>
    <message>
        <source>Photo {number} of {total}</source>
        <translation>الصورة {number} من {total}</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>Take photo</source>
        <translation>التقاط صورة</translation>
    </message>
    <message>
        <source>Retake photo</source>
        <translation>إعادة التقاط الصورة</translation>
    </message>
    <message>
        <source>Take photo again</source>
        <translation>التقط الصورة مجددًا</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>All photos received</source>
        <translation>استُلمت جميع الصور</translation>
    </message>
    <message>
        <source>Thank you. Continue on the computer. You can close this page.</source>
        <translation>شكرًا لك. تابع على الحاسوب. يمكنك إغلاق هذه الصفحة.</translation>
    </message>
    <message>
        <source>This link no longer works</source>
        <translation>لم يعد هذا الرابط يعمل</translation>
    </message>
    <message>
        <source>The last photo can&apos;t be used: {instruction}</source>
        <translation>لا يمكن استخدام الصورة الأخيرة: {instruction}</translation>
    </message>
    <message>
        <source>This photo can&apos;t be used: {instruction}</source>
        <translation>لا يمكن استخدام هذه الصورة: {instruction}</translation>
    </message>
    <message>
        <source>✓ Photo accepted</source>
        <translation>✓ قُبلت الصورة</translation>
    </message>
    <message>
        <source>This photo is too large (at most {mb} MB). Take it with a lower resolution.</source>
        <translation>هذه الصورة كبيرة جدًا (الحد الأقصى {mb} ميغابايت). التقطها بدقة أقل.</translation>
    </message>
    <message>
        <source>Preparing the photo…</source>
        <translation>جارٍ تجهيز الصورة…</translation>
    </message>
    <message>
        <source>This photo could not be read on this phone. Please take it again.</source>
        <translation>تعذرت قراءة هذه الصورة على هذا الهاتف. يُرجى التقاطها مرة أخرى.</translation>
    </message>
    <message>
        <source>Sending the photo…</source>
        <translation>جارٍ إرسال الصورة…</translation>
    </message>
    <message>
        <source>Sending the photo… {percent}%</source>
        <translation>جارٍ إرسال الصورة… {percent}٪</translation>
    </message>
    <message>
        <source>Checking the photo…</source>
        <translation>جارٍ فحص الصورة…</translation>
    </message>
    <message>
        <source>The photo could not be sent. Check that this phone is on the same Wi-Fi as the computer, then try again.</source>
        <translation>تعذر إرسال الصورة. تأكد أن هذا الهاتف على شبكة Wi-Fi نفسها التي يتصل بها الحاسوب، ثم حاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Ask for a new link on the computer.</source>
        <translation>اطلب رابطًا جديدًا من الحاسوب.</translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>محاولات كثيرة جدًا. انتظر قليلًا وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>Something went wrong. Please try again.</source>
        <translation>حدث خطأ. يُرجى المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This link is incomplete</source>
        <translation>هذا الرابط غير مكتمل</translation>
    </message>
    <message>
        <source>Scan the QR code on the computer again. If you typed the address, type all of it, with the part after the # sign.</source>
        <translation>امسح رمز QR على الحاسوب مرة أخرى. إذا كتبت العنوان، فاكتبه كاملًا مع الجزء الذي يلي العلامة #.</translation>
    </message>
</context>
<context>
    <name>PhotoDialog</name>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>Staff exit</source>
        <translation>خروج الموظفين</translation>
    </message>
    <message>
        <source>Staff only: enter the PIN to close the kiosk.</source>
        <translation>للموظفين فقط: أدخل الرقم السري لإغلاق الكشك.</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>الرقم السري</translation>
    </message>
    <message>
        <source>Wrong PIN.</source>
        <translation>الرقم السري غير صحيح.</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>العودة إلى الكشك</translation>
    </message>
    <message>
        <source>Close the kiosk</source>
        <translation>إغلاق الكشك</translation>
    </message>
</context>
<context>
    <name>ProblemView</name>
    <message>
        <source>Try again</source>
        <translation>إعادة المحاولة</translation>
    </message>
</context>
<context>
    <name>RemovablePicker</name>
    <message>
        <source>Choose a photo</source>
        <translation>اختيار صورة</translation>
    </message>
    <message>
        <source>Choose a photo from your USB stick or memory card</source>
        <translation>اختر صورة من ذاكرة USB أو بطاقة الذاكرة</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>Look again</source>
        <translation>ابحث مجددًا</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Use this photo</source>
        <translation>استخدم هذه الصورة</translation>
    </message>
    <message>
        <source>Plug in a USB stick or memory card, then press Look again.</source>
        <translation>أدخل ذاكرة USB أو بطاقة ذاكرة، ثم اضغط «ابحث مجددًا».</translation>
    </message>
    <message>
        <source>No photos were found on the USB stick or memory card.</source>
        <translation>لم يُعثر على صور في ذاكرة USB أو بطاقة الذاكرة.</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Photo of the front</source>
        <translation>صورة الوجه الأمامي</translation>
    </message>
    <message>
        <source>Photo of the back</source>
        <translation>صورة الوجه الخلفي</translation>
    </message>
    <message>
        <source>Photo of your face</source>
        <translation>صورة وجهك</translation>
    </message>
    <message>
        <source>Photo of the statement</source>
        <translation>صورة الإقرار</translation>
    </message>
    <message>
        <source>Retake front</source>
        <translation>أعد تصوير الوجه الأمامي</translation>
    </message>
    <message>
        <source>Retake back</source>
        <translation>أعد تصوير الوجه الخلفي</translation>
    </message>
    <message>
        <source>Retake face</source>
        <translation>أعد تصوير وجهك</translation>
    </message>
    <message>
        <source>Retake statement</source>
        <translation>أعد تصوير الإقرار</translation>
    </message>
    <message>
        <source>Enlarge front</source>
        <translation>كبّر الوجه الأمامي</translation>
    </message>
    <message>
        <source>Enlarge back</source>
        <translation>كبّر الوجه الخلفي</translation>
    </message>
    <message>
        <source>Enlarge face</source>
        <translation>كبّر صورة وجهك</translation>
    </message>
    <message>
        <source>Enlarge statement</source>
        <translation>كبّر الإقرار</translation>
    </message>
    <message>
        <source>Check your photos</source>
        <translation>راجع صورك</translation>
    </message>
    <message>
        <source>Make sure every detail is readable. Retake any photo you are not happy with.</source>
        <translation>تأكد أن كل التفاصيل مقروءة. أعد التقاط أي صورة لست راضيًا عنها.</translation>
    </message>
    <message>
        <source>Missing — take this photo</source>
        <translation>ناقصة — التقط هذه الصورة</translation>
    </message>
    <message>
        <source>Looks good</source>
        <translation>تبدو جيدة</translation>
    </message>
    <message>
        <source>From: {source}</source>
        <translation>المصدر: {source}</translation>
    </message>
    <message>
        <source>Enlarge</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Retake</source>
        <translation>إعادة الالتقاط</translation>
    </message>
    <message>
        <source>Not compared with the photo on your document (none could be read)</source>
        <translation>لم تُقارن بالصورة في مستندك (تعذرت قراءتها)</translation>
    </message>
    <message>
        <source>Matches the photo on your document (score {score})</source>
        <translation>تطابق الصورة في مستندك (الدرجة {score})</translation>
    </message>
    <message>
        <source>Does not match the photo on your document (score {score})</source>
        <translation>لا تطابق الصورة في مستندك (الدرجة {score})</translation>
    </message>
</context>
<context>
    <name>StatementPage</name>
    <message>
        <source>Write today&apos;s date ({today}) and the words “{word}” on a sheet of paper. Hold the paper and your document beside your face, facing the camera.</source>
        <translation>اكتب تاريخ اليوم ({today}) والكلمات «{word}» على ورقة. أمسك الورقة ومستندك بجانب وجهك، مواجهين للكاميرا.</translation>
    </message>
    <message>
        <source>Upload a photo of you holding your document and a note with today&apos;s date and the words “{word}”.</source>
        <translation>ارفع صورة لك وأنت تمسك مستندك وورقة عليها تاريخ اليوم والكلمات «{word}».</translation>
    </message>
</context>
<context>
    <name>SubmitPage</name>
    <message>
        <source>Preparing your photos…</source>
        <translation>جارٍ تجهيز صورك…</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>جارٍ التشفير…</translation>
    </message>
    <message>
        <source>Saving securely…</source>
        <translation>جارٍ الحفظ بأمان…</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>جارٍ الإرسال…</translation>
    </message>
    <message>
        <source>Send your verification</source>
        <translation>أرسل طلب التحقق</translation>
    </message>
    <message>
        <source>Check the summary, confirm, and send.</source>
        <translation>راجع الملخص، وأكّد، ثم أرسل.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff for help; your photos stay here until you cancel.</source>
        <translation>لا يستطيع هذا الحاسوب إرسال طلب التحقق. يُرجى طلب المساعدة من أحد الموظفين؛ تبقى صورك هنا حتى تلغي.</translation>
    </message>
    <message>
        <source>Development mode: the package will be saved WITHOUT encryption (package.allow_unencrypted). Never use this with real documents.</source>
        <translation>وضع التطوير: ستُحفظ الحزمة دون تشفير (package.allow_unencrypted). لا تستخدمه أبدًا مع مستندات حقيقية.</translation>
    </message>
    <message>
        <source>I confirm that this is my own identity document and I agree that these photos are sent to verify my identity.</source>
        <translation>أؤكد أن هذا مستند هويتي الشخصي، وأوافق على إرسال هذه الصور للتحقق من هويتي.</translation>
    </message>
    <message>
        <source>Submit verification</source>
        <translation>إرسال طلب التحقق</translation>
    </message>
    <message>
        <source>✓ from {source}</source>
        <translation>✓ المصدر: {source}</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>ناقصة</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>ما سيُرسل</translation>
    </message>
    <message>
        <source>Country: {name}</source>
        <translation>البلد: {name}</translation>
    </message>
    <message>
        <source>Document: {name}</source>
        <translation>المستند: {name}</translation>
    </message>
    <message>
        <source>Photos: {list}</source>
        <translation>الصور: {list}</translation>
    </message>
    <message>
        <source>Your photos are still here: press Submit to try again.</source>
        <translation>صورك ما زالت هنا: اضغط «إرسال» للمحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>This computer cannot send your verification. Please ask a member of staff.</source>
        <translation>لا يستطيع هذا الحاسوب إرسال طلب التحقق. يُرجى مراجعة أحد الموظفين.</translation>
    </message>
    <message>
        <source>Your photos could not be saved: {why}.</source>
        <translation>تعذر حفظ صورك: {why}.</translation>
    </message>
    <message>
        <source>Your photos could not be packaged: {why}.</source>
        <translation>تعذر تجميع صورك في حزمة: {why}.</translation>
    </message>
    <message>
        <source>Something went wrong while saving (details are in the log file).</source>
        <translation>حدث خطأ أثناء الحفظ (التفاصيل في ملف السجل).</translation>
    </message>
</context>
<context>
    <name>UploadView</name>
    <message>
        <source>Choose a file…</source>
        <translation>اختيار ملف…</translation>
    </message>
    <message>
        <source>JPEG, PNG, WebP, HEIC, TIFF or BMP</source>
        <translation>JPEG أو PNG أو WebP أو HEIC أو TIFF أو BMP</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Verify your identity</source>
        <translation>تحقق من هويتك</translation>
    </message>
    <message>
        <source>It takes about three minutes. We tell you at every step what to do.</source>
        <translation>يستغرق ذلك نحو ثلاث دقائق. نخبرك في كل خطوة بما عليك فعله.</translation>
    </message>
    <message>
        <source>Choose your document</source>
        <translation>اختر مستندك</translation>
    </message>
    <message>
        <source>The country that issued it and its type</source>
        <translation>البلد الذي أصدره ونوعه</translation>
    </message>
    <message>
        <source>Photograph it</source>
        <translation>صوّره</translation>
    </message>
    <message>
        <source>The front, and the back if it has one</source>
        <translation>الوجه الأمامي، والخلفي إن وُجد</translation>
    </message>
    <message>
        <source>Take a face photo</source>
        <translation>التقط صورة لوجهك</translation>
    </message>
    <message>
        <source>So we can see it is you</source>
        <translation>لنتأكد أنك أنت</translation>
    </message>
    <message>
        <source>Check and submit</source>
        <translation>راجع وأرسل</translation>
    </message>
    <message>
        <source>Look over your photos, then send them</source>
        <translation>راجع صورك ثم أرسلها</translation>
    </message>
    <message>
        <source>Have ready</source>
        <translation>جهّز</translation>
    </message>
    <message>
        <source>• Your passport, national ID card or driving licence</source>
        <translation>• جواز سفرك أو بطاقة هويتك الوطنية أو رخصة قيادتك</translation>
    </message>
    <message>
        <source>• A well-lit place without direct sunlight</source>
        <translation>• مكانًا جيد الإضاءة بلا شمس مباشرة</translation>
    </message>
    <message>
        <source>• A plain, dark surface to lay the document on</source>
        <translation>• سطحًا داكنًا بلون واحد لوضع المستند عليه</translation>
    </message>
    <message>
        <source>Your privacy</source>
        <translation>خصوصيتك</translation>
    </message>
    <message>
        <source>Your photos stay in this computer&apos;s memory while you work. When you submit, they are encrypted before anything is saved or sent, then wiped from memory. If you cancel, they are wiped at once.</source>
        <translation>تبقى صورك في ذاكرة هذا الحاسوب أثناء عملك. عند الإرسال تُشفَّر قبل حفظ أي شيء أو إرساله، ثم تُمحى من الذاكرة. وإذا ألغيت، تُمحى فورًا.</translation>
    </message>
    <message>
        <source>This computer cannot send verifications yet: it has no encryption key. Please ask a member of staff. (Staff: set package.recipients, see docs/configuration.md.)</source>
        <translation>لا يستطيع هذا الحاسوب إرسال طلبات التحقق بعد: لا يوجد مفتاح تشفير. يُرجى مراجعة أحد الموظفين. (للموظفين: اضبطوا package.recipients، انظر docs/configuration.md.)</translation>
    </message>
    <message>
        <source>Demo run: the demo camera shows a sample document. Packages of its photos are marked as demo and are not a real verification.</source>
        <translation>تشغيل تجريبي: تعرض الكاميرا التجريبية مستندًا نموذجيًا. تُوسم حزم صورها بأنها تجريبية وليست تحققًا حقيقيًا.</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>Identity verification</source>
        <translation>التحقق من الهوية</translation>
    </message>
</context>
</TS>
