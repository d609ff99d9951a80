import type { Messages } from './en';

/** Messages in ar; every key of en.ts, with the same placeholders. */
export const ar: Messages = {
  'app.title': 'تقديم الخرائط الوطنية لخرائط التربة العالمية ضمن الشراكة العالمية من أجل التربة',
  'app.subtitle': 'الشراكة العالمية من أجل التربة التابعة لمنظمة الأغذية والزراعة (الفاو)',
  'app.loading': 'جارٍ تحميل البيانات…',
  'app.skip': 'الانتقال إلى المحتوى',

  'status.submitted': 'مقدَّمة',
  'status.in_preparation': 'قيد الإعداد',
  'status.not_submitted': 'غير مقدَّمة',
  'status.not_applicable': 'لا ينطبق',
  'status.no_information': 'لا توجد معلومات',
  'status.outside': 'خارج المنطقة',

  'controls.product': 'منتج الخرائط',
  'controls.region': 'المنطقة',
  'controls.asOf': 'الحالة حتى تاريخ',
  'controls.asOfLatest': 'الأحدث ({date})',
  'controls.regionGroup.partnership': 'الشراكات',
  'controls.regionGroup.world': 'العالم',
  'controls.regionGroup.un-region': 'المناطق',
  'controls.regionGroup.un-subregion': 'المناطق دون الإقليمية',

  'region.fallback': 'جميع البلدان',
  'region.fallbackSource': 'جميع البلدان الواردة في الخريطة أو في السجلات',

  'search.label': 'البحث عن بلد',
  'search.placeholder': 'الاسم أو الرمز، مثل نيبال أو NPL',
  'search.none': 'لا يوجد بلد يطابق «{query}»',
  'search.results':
    '{count, plural, zero {لا يوجد بلد مطابق} one {بلد واحد مطابق} two {بلدان اثنان مطابقان} few {# بلدان مطابقة} many {# بلدًا مطابقًا} other {# بلد مطابق}}',

  'legend.title': 'مفتاح الخريطة',
  'legend.heading': '{product}: {region}، حتى {date}',
  'legend.total':
    '{count, plural, zero {لا يوجد أي بلد في المنطقة} one {بلد واحد في المنطقة} two {بلدان اثنان في المنطقة} few {# بلدان في المنطقة} many {# بلدًا في المنطقة} other {# بلد في المنطقة}}',

  'map.label': 'خريطة حالة تقديم خرائط {product}، {region}',
  'map.tooltipNoRecord': 'لا يوجد سجل',
  'map.disclaimer':
    'لا تعني الحدود والأسماء المبيَّنة والتسميات المستخدمة في هذه الخريطة التعبير عن أي رأي كان من جانب منظمة الأغذية والزراعة (الفاو) بشأن الوضع القانوني لأي بلد أو إقليم أو مدينة أو منطقة أو لسلطات أي منها، أو بشأن تعيين تخومها وحدودها. الحدود: Natural Earth.',
  'map.zoomRegion': 'التكبير إلى المنطقة',
  'map.failed': 'تعذّر رسم الخريطة: {reason}',

  'panel.close': 'إغلاق',
  'panel.regionsLine': 'المناطق: {regions}',
  'panel.noRegion': 'لا ينتمي إلى أي من المناطق المحمَّلة',
  'panel.history': 'التسلسل الزمني',
  'panel.source': 'المصدر',
  'panel.note': 'ملاحظة',
  'panel.since': 'منذ {date}',
  'panel.contact': 'جهة الاتصال',
  'panel.notUn': 'ليس دولة عضوًا في الأمم المتحدة',

  'charts.title': 'التقدم المحرز',
  'charts.byProduct': 'الحالة حسب المنتج، {region}',
  'charts.overTime': 'البلدان التي قدّمت خرائطها على مر الزمن، {region}',
  'charts.overTimeEmpty': 'لا توجد سجلات حتى هذا التاريخ.',
  'charts.byRegion': '{product}: نسبة الخرائط المقدَّمة حسب المنطقة',
  'charts.byRegionHidden':
    '{count, plural, zero {لا توجد مناطق مخفية.} one {لا تُعرض منطقة واحدة ليس فيها أي سجل عن {product}.} two {لا تُعرض منطقتان ليس فيهما أي سجل عن {product}.} few {لا تُعرض # مناطق ليس فيها أي سجل عن {product}.} many {لا تُعرض # منطقةً ليس فيها أي سجل عن {product}.} other {لا تُعرض # منطقة ليس فيها أي سجل عن {product}.}}',
  'charts.submittedOf': 'مقدَّمة: {submitted} من أصل {total}',
  'charts.notApplicable':
    '{count, plural, zero {لا يوجد بلد لا ينطبق عليه التقديم} one {بلد واحد لا ينطبق عليه التقديم (غير محتسب)} two {بلدان اثنان لا ينطبق عليهما التقديم (غير محتسبَين)} few {# بلدان لا ينطبق عليها التقديم (غير محتسبة)} many {# بلدًا لا ينطبق عليها التقديم (غير محتسبة)} other {# بلد لا ينطبق عليها التقديم (غير محتسبة)}}',
  'charts.tableCaption': 'البيانات التي يستند إليها الرسم البياني',

  'notice.unknownProduct': 'لا يوجد منتج باسم «{value}»؛ المعروض: {fallback}.',
  'notice.unknownRegion': 'لا توجد منطقة باسم «{value}»؛ المعروض: {fallback}.',
  'notice.unknownCountry': 'لا يوجد على الخريطة بلد «{value}».',
  'notice.unknownView': 'لا توجد طريقة عرض باسم «{value}»؛ تُعرض النظرة العامة.',
  'notice.unknownLang': 'اللغة «{value}» غير متاحة؛ تُعرض الواجهة بالإنكليزية.',
  'notice.badDate': 'التاريخ «{value}» ليس تاريخًا صحيحًا بالصيغة YYYY-MM-DD؛ تُعرض آخر حالة.',
  'notice.futureAsOf': 'التاريخ «{value}» لاحق لتاريخ اليوم؛ تُعرض آخر حالة.',
  'notice.dismiss': 'إخفاء',
  'update.ready': 'يتوفر إصدار جديد من لوحة المعلومات.',
  'update.reload': 'إعادة التحميل',
  'notice.svgMap':
    'لا يستطيع هذا المتصفح رسم الخريطة التفاعلية بتقنية WebGL، لذا تُعرض خريطة أبسط؛ والألوان والأعداد هي نفسها.',

  'error.title': 'تعذّر تحميل بعض البيانات',
  'error.retry': 'إعادة المحاولة',
  'error.not-found': 'لم يُعثر على الملف {file} (404).',
  'error.http': '{file}: ردّ الخادم بالرمز {status}.',
  'error.timeout': 'لم يصل الملف {file} خلال مهلة {seconds} ثانية.',
  'error.network': 'تعذّر جلب الملف {file}: {detail}.',
  'error.empty': 'الملف {file} فارغ.',
  'error.html': 'الملف {file} صفحة ويب وليس ملف بيانات.',
  'error.malformed': 'الملف {file} ليس بصيغة JSON صحيحة: {detail}.',
  'error.invalid': 'الملف {file} لا يطابق الصيغة المقررة له: {detail}.',
  'error.recordIssues':
    '{file}: {errors, plural, zero {لم يُستبعد أي صف} one {تعذّر استخدام صف واحد} two {تعذّر استخدام صفَّين} few {تعذّر استخدام # صفوف} many {تعذّر استخدام # صفًّا} other {تعذّر استخدام # صف}}، و{warnings, plural, zero {لا توجد تحذيرات} one {تحذير واحد} two {تحذيران} few {# تحذيرات} many {# تحذيرًا} other {# تحذير}}.',
  'error.fullReport': 'الاطلاع على التقرير الكامل',
  'error.noRecords': 'في غياب السجلات، تظهر جميع البلدان بحالة «لا توجد معلومات».',
  'error.noBoundaries': 'في غياب الحدود، يتعذّر رسم الخريطة؛ غير أن الرسوم البيانية تظل متاحة.',

  'lang.label': 'اللغة',
  'theme.label': 'الألوان',
  'theme.auto': 'حسب إعدادات النظام',
  'theme.light': 'فاتح',
  'theme.dark': 'داكن',
  'theme.contrast': 'تباين عالٍ',

  'a11y.summary': '{product}، {region}، حتى {date}: {counts}.',
  'a11y.count.submitted':
    '{count, plural, zero {لم يقدّم أي بلد خريطته} one {بلد واحد قدّم خريطته} two {بلدان اثنان قدّما خريطتيهما} few {# بلدان قدّمت خرائطها} many {# بلدًا قدّمت خرائطها} other {# بلد قدّمت خرائطها}}',
  'a11y.count.in_preparation':
    '{count, plural, zero {لا يوجد بلد خريطته قيد الإعداد} one {بلد واحد خريطته قيد الإعداد} two {بلدان اثنان خريطتاهما قيد الإعداد} few {# بلدان خرائطها قيد الإعداد} many {# بلدًا خرائطها قيد الإعداد} other {# بلد خرائطها قيد الإعداد}}',
  'a11y.count.not_submitted':
    '{count, plural, zero {لا يوجد بلد لم يقدّم خريطته} one {بلد واحد لم يقدّم خريطته} two {بلدان اثنان لم يقدّما خريطتيهما} few {# بلدان لم تقدّم خرائطها} many {# بلدًا لم تقدّم خرائطها} other {# بلد لم تقدّم خرائطها}}',
  'a11y.count.not_applicable':
    '{count, plural, zero {لا يوجد بلد لا ينطبق عليه التقديم} one {بلد واحد لا ينطبق عليه التقديم} two {بلدان اثنان لا ينطبق عليهما التقديم} few {# بلدان لا ينطبق عليها التقديم} many {# بلدًا لا ينطبق عليها التقديم} other {# بلد لا ينطبق عليها التقديم}}',
  'a11y.count.no_information':
    '{count, plural, zero {لا يوجد بلد بلا معلومات} one {بلد واحد لا توجد معلومات عنه} two {بلدان اثنان لا توجد معلومات عنهما} few {# بلدان لا توجد معلومات عنها} many {# بلدًا لا توجد معلومات عنها} other {# بلد لا توجد معلومات عنها}}',

  'map.table.show': 'عرض الخريطة في شكل جدول',
  'map.table.hide': 'إخفاء الجدول',
  'map.table.caption': '{product}، {region}، حتى {date}: حالة كل بلد',
  'map.table.country': 'البلد',
  'map.table.status': 'الحالة',
  'map.table.date': 'تاريخ السجل',
  'map.table.note': 'ملاحظة',

  'nav.label': 'طرق العرض',
  'nav.overview': 'نظرة عامة',
  'nav.outstanding': 'الخرائط المنتظرة',
  'nav.country': 'البلد',
  'nav.present': 'العرض التقديمي',
  'nav.data': 'البيانات',

  'data.title': 'ملفات البيانات',
  'data.filesCaption': 'ملفات البيانات وحالة تحميلها',
  'data.file': 'الملف',
  'data.state': 'الحالة',
  'data.rows': 'الصفوف',
  'data.warnings': 'التحذيرات',
  'data.errors': 'الصفوف المستبعدة',
  'data.state.loading': 'جارٍ التحميل…',
  'data.state.ready': 'تم التحميل',
  'data.state.absent': 'غير متوفر (اختياري)',
  'data.recordsTitle': 'السجلات',
  'data.sourceDefault': 'تُعرض سجلات هذا الموقع (data/records.csv).',
  'data.sourceUrl': 'تُعرض السجلات الواردة من {url}.',
  'data.sourceFile': 'تُعرض بيانات ملفك «{name}»، وقد قُرئ في هذا المتصفح فقط ولم يُرفع إلى أي خادم.',
  'data.backToSite': 'العودة إلى سجلات الموقع',
  'data.open': 'فتح ملف سجلات',
  'data.openHint':
    'اختر ملف CSV أو مصنف Excel بصيغة xlsx، أو أفلته هنا. يُقرأ الملف في هذا المتصفح ولا يُرفع أبدًا.',
  'data.reading': 'جارٍ قراءة الملف…',
  'data.template': 'تنزيل نموذج (CSV)',
  'data.validRows': 'تنزيل الصفوف القابلة للاستخدام',
  'data.report':
    'تقرير التحقق ({count, plural, zero {لا توجد مشكلات} one {مشكلة واحدة} two {مشكلتان} few {# مشكلات} many {# مشكلةً} other {# مشكلة}})',
  'data.noIssues': 'أمكن استخدام جميع الصفوف.',
  'data.severity': 'النوع',
  'data.line': 'السطر',
  'data.column': 'العمود',
  'data.value': 'القيمة',
  'data.reason': 'السبب',
  'data.error': 'صف مستبعد',
  'data.warning': 'تحذير',
  'data.more': '… و{count} أخرى.',

  'country.pick': 'اختر بلدًا',
  'country.asOf': 'الحالة حتى {date}',
  'country.locator': 'موقع {country}',
  'country.link': 'رابط هذه الصفحة',
  'country.copyLink': 'نسخ الرابط',
  'country.print': 'طباعة',
  'panel.openPage': 'فتح صفحة البلد',

  'next.label': 'الخطوة التالية',
  'next.gsp': 'أمانة الشراكة العالمية من أجل التربة',
  'next.submitted': 'قُدِّمت الخريطة الوطنية. يُرجى إرسال التصويبات أو التحديثات إلى {contact}.',
  'next.in_preparation':
    'يُرجى استكمال الخريطة الوطنية وتقديمها؛ وللحصول على الدعم التقني، يُرجى التواصل مع {contact}.',
  'next.not_submitted':
    'يُرجى إعداد الخريطة الوطنية وتقديمها؛ وللحصول على المبادئ التوجيهية والدعم التقني، يُرجى التواصل مع {contact}.',
  'next.not_applicable': 'لا يُنتظر من هذا البلد تقديم خريطة وطنية في إطار {product}.',
  'next.no_information':
    'ليس لدى الشراكة العالمية من أجل التربة أي سجل لهذا البلد: يُرجى إبلاغ {contact} بالمرحلة التي بلغتها الخريطة الوطنية.',

  'present.roledescription': 'شريحة',
  'present.slideLabel': 'الشريحة {n} من {total}: {product}',
  'present.headline': 'الخرائط المقدَّمة: {submitted} من أصل {total}',
  'present.notApplicable':
    '{count, plural, zero {لا يوجد بلد لا ينطبق عليه التقديم} one {بلد واحد لا ينطبق عليه التقديم (غير محتسب)} two {بلدان اثنان لا ينطبق عليهما التقديم (غير محتسبَين)} few {# بلدان لا ينطبق عليها التقديم (غير محتسبة)} many {# بلدًا لا ينطبق عليها التقديم (غير محتسبة)} other {# بلد لا ينطبق عليها التقديم (غير محتسبة)}}',
  'present.previous': 'السابق',
  'present.next': 'التالي',
  'present.fullscreen': 'ملء الشاشة',
  'present.exit': 'خروج (Esc)',
  'present.refused':
    'لم يفتح المتصفح وضع ملء الشاشة تلقائيًا، لذا تملأ الشرائح النافذة (ويمكن طلبه مرة أخرى بزر «ملء الشاشة»). المفاتيح: → ←، وPage Up/Page Down، ومفتاح المسافة، وEsc.',
  'present.start': 'بدء العرض',

  'outstanding.title': 'الخرائط التي لم تُقدَّم بعد في {region}، حتى {date}',
  'outstanding.country': 'البلد',
  'outstanding.region': 'المنطقة',
  'outstanding.product': 'المنتج',
  'outstanding.status': 'الحالة',
  'outstanding.since': 'منذ',
  'outstanding.note': 'ملاحظة',
  'outstanding.deadline': 'الموعد النهائي',
  'outstanding.overdue': 'التأخير',
  'outstanding.overdueBy':
    '{days, plural, zero {متأخرة # يوم} one {متأخرة يومًا واحدًا} two {متأخرة يومين} few {متأخرة # أيام} many {متأخرة # يومًا} other {متأخرة # يوم}}',
  'outstanding.overdueOnly': 'الخرائط المتأخرة فقط',
  'outstanding.overdueCount':
    '{count, plural, zero {لا خرائط متأخرة} one {خريطة واحدة متأخرة} two {خريطتان متأخرتان} few {# خرائط متأخرة} many {# خريطة متأخرة} other {# خريطة متأخرة}}',
  'legend.overdue':
    '{count, plural, zero {لا خرائط متأخرة (الموعد النهائي: {date})} one {خريطة واحدة متأخرة (الموعد النهائي: {date})} two {خريطتان متأخرتان (الموعد النهائي: {date})} few {# خرائط متأخرة (الموعد النهائي: {date})} many {# خريطة متأخرة (الموعد النهائي: {date})} other {# خريطة متأخرة (الموعد النهائي: {date})}}',
  'country.deadline': 'الموعد النهائي: {date}',
  'outstanding.focalPoint': 'جهة التنسيق',
  'outstanding.allProducts': 'جميع المنتجات',
  'outstanding.search': 'البحث حسب البلد',
  'outstanding.count':
    '{count, plural, zero {لا توجد خرائط منتظرة} one {خريطة واحدة لم تُقدَّم بعد} two {خريطتان لم تُقدَّما بعد} few {# خرائط لم تُقدَّم بعد} many {# خريطةً لم تُقدَّم بعد} other {# خريطة لم تُقدَّم بعد}}',
  'outstanding.downloadCsv': 'تنزيل ملف CSV',
  'outstanding.caption': 'الخرائط التي لم تُقدَّم بعد، صف واحد لكل منتج وبلد',
  'outstanding.emails':
    'قائمة عناوين البريد الإلكتروني ({count, plural, zero {لا توجد عناوين} one {عنوان واحد} two {عنوانان} few {# عناوين} many {# عنوانًا} other {# عنوان}})',
  'outstanding.noEmails': 'لا يوجد عنوان بريد إلكتروني للبلدان المعروضة.',
  'outstanding.copy': 'نسخ العناوين',
  'outstanding.copied': 'تم النسخ',
  'outstanding.mailto': 'مراسلة الجميع (نسخة مخفية)',
  'outstanding.mailSubject': 'تقديم الخريطة الوطنية إلى الشراكة العالمية من أجل التربة',

  'issue.empty-file': 'الملف فارغ',
  'issue.missing-columns': 'أعمدة ناقصة: {columns}',
  'issue.extra-columns': 'أعمدة زائدة تم تجاهلها: {columns}',
  'issue.missing-product': 'المنتج غير مذكور',
  'issue.unknown-product': 'منتج غير معروف',
  'issue.missing-country': 'البلد غير مذكور',
  'issue.unknown-country': 'بلد غير معروف',
  'issue.country-read-as': 'قُرئ على أنه {iso3}',
  'issue.missing-status': 'الحالة غير مذكورة',
  'issue.unknown-status': 'حالة غير معروفة',
  'issue.status-no-information': 'حالة «لا توجد معلومات» تعني عدم وجود سجل: لا تُدرج هذا الصف',
  'issue.missing-date': 'التاريخ غير مذكور',
  'issue.invalid-date': 'تاريخ غير صالح: اكتبه بالصيغة YYYY-MM-DD',
  'issue.future-date': 'تاريخ في المستقبل',
  'issue.duplicate': 'مكرر مع السطر {line}؛ تم تجاهله',
  'issue.conflict': 'يتعارض مع السطر {line} ({status})؛ استُبعد الصفان كلاهما',
  'issue.invalid-email': 'ليس عنوان بريد إلكتروني؛ تم استبعاده',
  'issue.line': 'السطر {line}',
  'issue.value': '{column} «{value}»',

  'figure.title': 'تقديم الخرائط الوطنية إلى {name} ({short})',
  'figure.subtitle': '{region}، الحالة حتى {date}',
  'figure.source': 'المصدر: {sources}',
  'figure.noSource': 'المصدر: لا توجد سجلات لهذا المنتج وهذه المنطقة حتى هذا التاريخ.',
  'figure.downloadSvg': 'تنزيل بصيغة SVG',
  'figure.downloadPng': 'تنزيل بصيغة PNG',
  'figure.exporting': 'جارٍ إعداد الشكل…',
  'figure.failed': 'تعذّر إعداد الشكل: {reason}',

  'footer.source':
    'مصدر البيانات الافتراضية: تقرير الاجتماع السابع للشراكة الآسيوية من أجل التربة، 9 و10 آذار/مارس 2022 (ASP-VII/22/Report).',
  'footer.otherSource': 'السجلات المعروضة: {file}. وتُذكر مصادر كل سجل إلى جانبه.',

  // Spreadsheets (.xlsx) in the data view: wording of a sheet's rows, how a date was read, files refused
  'data.sourceSheet':
    'تُعرض بيانات الورقة «{sheet}» من ملفك «{name}»، وقد قُرئ في هذا المتصفح فقط ولم يُرفع إلى أي خادم.',
  'data.templateXlsx': 'تنزيل نموذج (Excel بصيغة xlsx)',
  'data.row': 'الصف',
  'data.lineOrRow': 'السطر أو الصف',
  'issue.row': 'الصف {line}',
  'issue.sheet': 'الورقة «{sheet}»',
  'issue.duplicate.sheet': 'مكرر مع الصف {line}؛ تم تجاهله',
  'issue.conflict.sheet': 'يتعارض مع الصف {line} ({status})؛ استُبعد الصفان كلاهما',
  'issue.invalid-date.sheet': 'تاريخ غير صالح: استخدم خلية تاريخ أو الصيغة YYYY-MM-DD أو يوم/شهر/سنة',
  'issue.date-read-as': 'قُرئت الخلية {cell} على أنها يوم/شهر/سنة: {date}',
  'error.xls':
    'الملف {file} مصنف Excel 97-2003 بالصيغة القديمة xls، ولا يمكن قراءته هنا: احفظه مصنفَ Excel بصيغة xlsx أو ملفَ CSV ثم افتحه من جديد.',
  'error.encrypted': 'الملف {file} محمي بكلمة مرور ولا يمكن قراءته: احفظ نسخة منه بلا كلمة مرور وافتحها.',
  'error.unreadable': 'تعذرت قراءة الملف {file} بوصفه مصنف Excel بصيغة xlsx: ربما يكون تالفًا أو من نوع آخر.',
  'error.empty-sheet': 'الورقة «{sheet}» في الملف {file} فارغة.',
};
