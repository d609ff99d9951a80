import type { Messages } from './en';

/** Messages in ar; every key of en.ts, with the same placeholders. */
export const ar: Messages = {
  'app.title': 'تقديم الخرائط الوطنية لخرائط التربة العالمية ضمن الشراكة العالمية من أجل التربة',
  'app.subtitle': 'الشراكة العالمية من أجل التربة التابعة لمنظمة الأغذية والزراعة (الفاو)',
  'app.loading': 'جارٍ تحميل البيانات…',
  'app.skip': 'الانتقال إلى المحتوى',
  'common.labelled': '{label}: {value}',
  'note.more': 'قراءة الكل',
  'note.less': 'عرض أقل',

  'status.submitted': 'مقدَّمة',
  'status.in_preparation': 'قيد الإعداد',
  'status.not_submitted': 'غير مقدَّمة',
  'status.not_applicable': 'لا ينطبق',
  'status.no_information': 'لا توجد معلومات',
  'status.outside': 'خارج المنطقة',

  'controls.product': 'منتج الخرائط',
  'controls.region': 'المنطقة',
  'controls.change': 'تغيير',
  'controls.close': 'إغلاق',
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
  'map.panLabel': 'تحريك الخريطة وتكبيرها',
  'map.twoFingers': 'استخدم إصبعين لتحريك الخريطة',
  'map.panHint': 'تحرّك مفاتيح الأسهم الخريطة، ويكبّرها + ويصغّرها −. ينتقل Tab إلى بلدانها.',
  'map.countriesLabel': 'بلدان الخريطة: تنتقل مفاتيح الأسهم إلى أقرب بلد في ذلك الاتجاه، ويفتحه Enter.',
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
  'progress.ofWord': '{word}: {done, number} من أصل {total, number}',
  'progress.doneWord': 'المكتملة',
  'a11y.count.status': '{status}: {count, number}',
  'changes.headlineWord':
    '{product} منذ {date}: {word} — {count, plural, zero {لا بلد} one {بلد واحد} two {بلدان} few {# بلدان} many {# بلدًا} other {# بلد}}',
  'charts.submittedOf': 'مقدَّمة: {submitted} من أصل {total}',
  'charts.notExpected':
    '{count, plural, zero {لا يوجد بلد غير مطلوب منه شيء} one {بلد واحد غير مطلوب منه شيء (غير محتسب)} two {بلدان اثنان غير مطلوب منهما شيء (غير محتسبَين)} few {# بلدان غير مطلوب منها شيء (غير محتسبة)} many {# بلدًا غير مطلوب منها شيء (غير محتسبة)} other {# بلد غير مطلوب منها شيء (غير محتسبة)}}',
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
  'error.sourceLeftOut': 'لا تُعرض سجلاته؛ تُعرض سجلات المصادر الأخرى.',
  'error.retry': 'إعادة المحاولة',
  'error.not-found': 'لم يُعثر على الملف {file} (404).',
  'error.http': '{file}: ردّ الخادم بالرمز {status}.',
  'error.timeout': 'لم يصل الملف {file} خلال مهلة {seconds} ثانية.',
  'error.network': 'تعذّر جلب الملف {file}: {detail}.',
  'error.address': 'لا يمكن قراءة الملف {file} من {address}: لا تُقرأ إلا عناوين https أو عناوين هذا الموقع.',
  'error.empty': 'الملف {file} فارغ.',
  'error.html': 'الملف {file} صفحة ويب وليس ملف بيانات.',
  'error.malformed': 'الملف {file} ليس بصيغة JSON صحيحة: {detail}.',
  'error.invalid': 'الملف {file} لا يطابق الصيغة المقررة له: {detail}.',
  'error.recordIssues':
    '{file}: {errors, plural, zero {لم يُستبعد أي صف} one {تعذّر استخدام صف واحد} two {تعذّر استخدام صفَّين} few {تعذّر استخدام # صفوف} many {تعذّر استخدام # صفًّا} other {تعذّر استخدام # صف}}، و{warnings, plural, zero {لا توجد تحذيرات} one {تحذير واحد} two {تحذيران} few {# تحذيرات} many {# تحذيرًا} other {# تحذير}}.',
  'error.productIssues':
    '{file}: {errors, plural, zero {لم يُستبعد أي منتج} one {استُبعد منتج واحد} two {استُبعد منتجان} few {استُبعدت # منتجات} many {استُبعد # منتجًا} other {استُبعد # منتج}}، وتُعرض المنتجات الأخرى.',
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
  'data.historyLost': 'صفوف السجل المفقودة',
  'data.latest': 'أحدث سجل',
  'data.lastModified': 'آخر تعديل',
  'data.errors': 'الصفوف المستبعدة',
  'data.state.loading': 'جارٍ التحميل…',
  'data.state.ready': 'تم التحميل',
  'data.state.remote': 'منشور في مكان آخر: يُتحقق منه عندما يقرؤه الموقع',
  'data.state.absent': 'غير متوفر (اختياري)',
  'data.state.copy': 'نسخة {date}، {time} (لا يوجد اتصال)',
  'data.recordsTitle': 'السجلات',
  'data.sourceDefault': 'تُعرض سجلات هذا الموقع، من ملفات السجلات المذكورة في الجدول أعلاه.',
  'data.sourceUrl': 'تُعرض السجلات الواردة من {url}.',
  'data.sourceFile': 'تُعرض بيانات ملفك «{name}»، وقد قُرئ في هذا المتصفح فقط ولم يُرفع إلى أي خادم.',
  'data.fileKept': 'يُحتفظ به في هذا المتصفح ويُعرض من جديد بعد إعادة التحميل، إلى أن تعود إلى سجلات الموقع.',
  'data.backToSite': 'العودة إلى سجلات الموقع',
  'data.open': 'فتح ملف سجلات',
  'data.openHint':
    'اختر ملف CSV أو مصنف Excel بصيغة xlsx، أو أفلته هنا. يُقرأ الملف في هذا المتصفح ولا يُرفع أبدًا.',
  'data.reading': 'جارٍ قراءة الملف…',
  'data.statuses.title': 'القيم التي يقبلها عمود status، لكل منتج',
  'data.statuses.written': 'ما يُكتب في الملف',
  'data.statuses.shown': 'يظهر بوصفه',
  'data.statuses.stage': 'ما يعنيه',
  'data.statuses.hint':
    'يُقرأ أيضًا الاسم بأي من اللغات الست. البلد الذي لا سجل له يظهر «لا توجد معلومات»: لا يزال مطلوبًا.',
  'stage.done': 'مكتمل: يُحسب في «N من M»',
  'stage.under_way': 'قيد الإنجاز: لا يزال مطلوبًا',
  'stage.owed': 'مطلوب',
  'stage.not_expected': 'غير متوقع: لا يُحسب',
  'data.downloadAll': 'تنزيل البيانات بصيغة zip',
  'data.template': 'تنزيل نموذج (CSV)',
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
  'country.glance': 'الحالة في كل منتج',
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
  'issue.missing-columns':
    'أعمدة ناقصة: {columns}. في الملف {found}؛ وتحتاج السجلات إلى {expected} (ويجوز أن تضم {optional}). {rows, plural, =0 {} zero {لم يُستبعد أي صف.} one {استُبعد صفه الوحيد.} two {استُبعد صفّاه.} few {استُبعدت صفوفه الـ#.} many {استُبعد صفوفه الـ#.} other {استُبعدت صفوفه الـ#.}}',
  'issue.extra-columns': 'أعمدة زائدة تم تجاهلها: {columns}',
  'issue.missing-product': 'المنتج غير مذكور',
  'issue.unknown-product': 'منتج غير معروف',
  'issue.missing-country': 'البلد غير مذكور',
  'issue.unknown-country': 'بلد غير معروف',
  'issue.country-read-as': 'قُرئ على أنه {iso3}',
  'issue.missing-status': 'الحالة غير مذكورة',
  'issue.history-lost': 'فُقد جزء من السجل: السطر {line} من الملف السابق ({row}) لم يعد كما كان',
  'issue.unknown-status': 'حالة غير معروفة؛ الحالات المقبولة لـ {product}: {statuses}',
  'issue.status-no-information': 'حالة «لا توجد معلومات» تعني عدم وجود سجل: لا تُدرج هذا الصف',
  'issue.missing-date': 'التاريخ غير مذكور',
  'issue.invalid-date': 'تاريخ غير صالح: اكتبه بالصيغة YYYY-MM-DD أو يوم/شهر/سنة، والسنة بأربعة أرقام',
  'issue.future-date': 'تاريخ في المستقبل: {date}',
  'issue.duplicate-elsewhere': 'مكرر مع السطر {line} من {file}؛ تم تجاهله',
  'issue.conflict-elsewhere': 'يتعارض مع السطر {line} من {file} ({status})؛ استُبعد الصفان كلاهما',
  'issue.invalid-site': 'الملف site.json ليس قائمة بمصادر السجلات ({detail})؛ يُعرض records.csv',
  'issue.duplicate': 'مكرر مع السطر {line}؛ تم تجاهله',
  'issue.conflict': 'يتعارض مع السطر {line} ({status})؛ استُبعد الصفان كلاهما',
  'issue.invalid-email': 'ليس عنوان بريد إلكتروني؛ تم استبعاده',
  'issue.line': 'السطر {line}',
  'issue.value': '{column} «{value}»',

  'figure.titleOwn': '{name} ({short}): الحالة حسب البلد',
  'figure.title': 'تقديم الخرائط الوطنية إلى {name} ({short})',
  'figure.subtitle': '{region}، الحالة حتى {date}',
  'figure.subtitleSince': '{region}، الحالة حتى {date}؛ بين قوسين التغيير منذ {since}',
  'figure.changed':
    '{count, plural, zero {لم يتغير أي بلد} one {تغيّر بلد واحد} two {تغيّر بلدان اثنان} few {تغيّرت # بلدان} many {تغيّر # بلدًا} other {تغيّر # بلد}} منذ {date}',
  'figure.source': 'المصدر: {sources}',
  'figure.noSource': 'المصدر: لا توجد سجلات لهذا المنتج وهذه المنطقة حتى هذا التاريخ.',
  'figure.downloadSvg': 'تنزيل بصيغة SVG',
  'figure.downloadPng': 'تنزيل بصيغة PNG',
  'figure.exporting': 'جارٍ إعداد الشكل…',
  'figure.failed': 'تعذّر إعداد الشكل: {reason}',

  'footer.source':
    'مصدر البيانات الافتراضية: تقرير الاجتماع السابع للشراكة الآسيوية من أجل التربة، 9 و10 آذار/مارس 2022 (ASP-VII/22/Report).',
  'footer.updated': 'آخر تحديث للسجلات: {date}.',
  'footer.otherSource': 'السجلات المعروضة: {file}. وتُذكر مصادر كل سجل إلى جانبه.',

  // What changed since a date
  'nav.changes': 'التغييرات',
  'notice.badSince':
    'التاريخ «{value}» المحدد لعرض التغييرات منه ليس تاريخًا صالحًا حتى اليوم؛ لا تُعرض أي تغييرات.',
  'changes.since': 'التغييرات منذ',
  'changes.sinceDefault': 'تاريخ السجلات السابق ({date})',
  'changes.sinceNotBefore': 'لا يمكن عرض التغييرات منذ {value}: اختر تاريخًا قبل {date}.',
  'changes.title': 'ما الذي تغيّر في {region} بين {since} و{asOf}',
  'changes.showOnMap': 'عرض التغييرات على الخريطة',
  'changes.noEarlier': 'لا يوجد سجل مؤرخ قبل {date}: اختر تاريخًا للمقارنة.',
  'changes.headline':
    '{count, plural, zero {لا تقديمات جديدة} one {تقديم جديد واحد} two {تقديمان جديدان} few {# تقديمات جديدة} many {# تقديمًا جديدًا} other {# تقديم جديد}} لخريطة {product} منذ {date}',
  'changes.count.started':
    '{count, plural, zero {لم يبدأ أي بلد} one {بدأ بلد واحد} two {بدأ بلدان اثنان} few {بدأت # بلدان} many {بدأ # بلدًا} other {بدأ # بلد}}',
  'changes.count.back':
    '{count, plural, zero {لم يتراجع أي بلد} one {تراجع بلد واحد} two {تراجع بلدان اثنان} few {تراجعت # بلدان} many {تراجع # بلدًا} other {تراجع # بلد}}',
  'changes.count.other':
    '{count, plural, zero {لا تغييرات أخرى} one {تغيير آخر واحد} two {تغييران آخران} few {# تغييرات أخرى} many {# تغييرًا آخر} other {# تغيير آخر}}',
  'changes.none': 'لم تتغير أي حالة لخريطة {product} في {region} خلال هذه الفترة.',
  'changes.caption': 'تغييرات الحالة لخريطة {product} في {region}',
  'changes.col.date': 'التاريخ',
  'changes.col.change': 'التغيير',
  'changes.col.source': 'المصدر',
  'changes.kind.submitted': 'قُدّمت',
  'changes.kind.done': 'مكتمل',
  'changes.kind.started': 'بدأ العمل',
  'changes.kind.back': 'تراجع',
  'changes.kind.other': 'تغيّر',
  'changes.to': 'إلى',
  'legend.since':
    'بين قوسين التغيير منذ {date}؛ {count, plural, zero {لم يتغير أي بلد} one {تغيّر بلد واحد، محاط بخط متقطع على الخريطة} two {تغيّر بلدان اثنان، محاطان بخط متقطع على الخريطة} few {تغيّرت # بلدان، محاطة بخط متقطع على الخريطة} many {تغيّر # بلدًا، محاطة بخط متقطع على الخريطة} other {تغيّر # بلد، محاطة بخط متقطع على الخريطة}}.',
  'legend.sinceClear': 'إخفاء التغييرات',
  'legend.filtered':
    'تُعرض حالة «{status}» فقط: {count, plural, zero {لا يوجد أي بلد} one {بلد واحد} two {بلدان اثنان} few {# بلدان} many {# بلدًا} other {# بلد}}',
  'legend.filterClear': 'عرض كل الحالات',
  'map.table.filtered': '{caption} («{status}» فقط)',
  'legend.change': '({change})',
  'present.sinceTitle': '{short}: ما الذي تغيّر منذ {date}',
  'present.sinceSlideLabel': 'الشريحة {n} من {total}: {product}، التغييرات منذ {date}',
  // Reminder drafts (outstanding view)
  'reminders.open': 'مسودات رسائل التذكير',
  'reminders.title':
    'مسودات رسائل التذكير ({count, plural, zero {لا يوجد بلد} one {بلد واحد} two {بلدان اثنان} few {# بلدان} many {# بلدًا} other {# بلد}})',
  'reminders.hint':
    'رسالة واحدة لكل بلد لم يقدّم بعدُ خرائط من بين الصفوف المعروضة، تسرد تلك الخرائط بعينها. راجعها ثم انسخها أو افتحها في برنامج البريد الإلكتروني؛ لا يُرسَل أي شيء من هنا.',
  'reminders.none': 'لا يوجد بين الصفوف المعروضة بلد لم يقدّم خرائطه بعد.',
  'reminders.downloadAll': 'تنزيل جميع المسودات',
  'reminders.copy': 'نسخ',
  'reminders.copied': 'تم النسخ',
  'reminders.copyFailed': 'تعذّر النسخ: حدّد النص وانسخه.',
  'reminders.mailto':
    '{count, plural, zero {مراسلة جهات التنسيق} one {مراسلة جهة التنسيق} two {مراسلة جهتَي التنسيق} few {مراسلة جهات التنسيق الـ#} many {مراسلة جهات التنسيق الـ#} other {مراسلة جهات التنسيق الـ#}}',
  'reminders.long': 'هذه المسودة طويلة: إذا اقتطعها برنامج البريد الإلكتروني، فاستخدم زر النسخ بدلًا من ذلك.',
  'reminders.to': 'إلى: {recipients}',
  'reminders.noAddress':
    'لا يتضمن الملف contacts.csv أي عنوان بريد إلكتروني لجهات التنسيق في {country}، لذا لا يوجد رابط بريد إلكتروني: انسخ المسودة بدلًا من ذلك.',
  'reminders.subjectLine': 'الموضوع: {subject}',
  'reminders.subject':
    '{country}: {count, plural, zero {لا توجد خرائط وطنية منتظرة من قِبل الشراكة العالمية من أجل التربة} one {خريطة وطنية واحدة لم تُقدَّم بعد إلى الشراكة العالمية من أجل التربة} two {خريطتان وطنيتان لم تُقدَّما بعد إلى الشراكة العالمية من أجل التربة} few {# خرائط وطنية لم تُقدَّم بعد إلى الشراكة العالمية من أجل التربة} many {# خريطةً وطنية لم تُقدَّم بعد إلى الشراكة العالمية من أجل التربة} other {# خريطة وطنية لم تُقدَّم بعد إلى الشراكة العالمية من أجل التربة}}',
  'reminders.greeting': 'الزملاء الأعزاء،',
  'reminders.greetingNamed':
    '{count, plural, zero {تحية طيبة إلى {names}،} one {تحية طيبة إلى {names}،} two {تحية طيبة إلى {names}،} few {تحية طيبة إلى {names}،} many {تحية طيبة إلى {names}،} other {تحية طيبة إلى {names}،}}',
  'reminders.bodyIntro':
    'وفقًا لسجلات الشراكة العالمية من أجل التربة حتى {date}، لا يزال على {country} تقديم {count, plural, zero {أي خريطة وطنية} one {خريطة وطنية واحدة} two {خريطتين وطنيتين} few {# خرائط وطنية} many {# خريطةً وطنية} other {# خريطة وطنية}}:',
  'reminders.item': 'الخريطة {product}: {name}',
  'reminders.since': 'الحالة: {status}، منذ {date}',
  'reminders.noRecord': 'الحالة: {status} (لا يوجد سجل)',
  'reminders.deadline': 'الموعد النهائي: {date}',
  'reminders.overdue':
    'الموعد النهائي: {date}، {days, plural, zero {متأخرة # يوم} one {متأخرة يومًا واحدًا} two {متأخرة يومين} few {متأخرة # أيام} many {متأخرة # يومًا} other {متأخرة # يوم}}',
  'reminders.gspContact': 'جهة الاتصال في الشراكة العالمية من أجل التربة: {name}',
  'reminders.gspContactEmail': 'جهة الاتصال في الشراكة العالمية من أجل التربة: {name}، {email}',
  'reminders.request':
    '{count, plural, zero {يُرجى تقديم هذه الخرائط، أو إبلاغنا بالمرحلة التي بلغتها وبالموعد المتوقع لتقديمها.} one {يُرجى تقديم هذه الخريطة، أو إبلاغنا بالمرحلة التي بلغتها وبالموعد المتوقع لتقديمها.} two {يُرجى تقديم هاتين الخريطتين، أو إبلاغنا بالمرحلة التي بلغتاها وبالموعد المتوقع لتقديمهما.} few {يُرجى تقديم هذه الخرائط، أو إبلاغنا بالمرحلة التي بلغتها وبالموعد المتوقع لتقديمها.} many {يُرجى تقديم هذه الخرائط، أو إبلاغنا بالمرحلة التي بلغتها وبالموعد المتوقع لتقديمها.} other {يُرجى تقديم هذه الخرائط، أو إبلاغنا بالمرحلة التي بلغتها وبالموعد المتوقع لتقديمها.}}',
  'reminders.linkLine': 'حالة كل خريطة من خرائط {country} في لوحة المعلومات:',
  'reminders.signoff': 'مع أطيب التحيات،',
  'reminders.fileTitle':
    'مسودات رسائل التذكير: {region}، حتى {date} ({count, plural, zero {لا يوجد بلد} one {بلد واحد} two {بلدان اثنان} few {# بلدان} many {# بلدًا} other {# بلد}})',
  // Record a change: drafts kept in the browser (data view, and their mark on every view)
  'drafts.title': 'تسجيل تغيير',
  'drafts.intro':
    'التغيير المسجَّل هنا مسودة محلية: تعرضه جميع طرق العرض في هذا المتصفح فورًا، مع الإشارة «مسودة محلية، غير منشورة». ولا يُحفظ إلا في هذا المتصفح ولا يُرسل إلى أي مكان. ولنشره، نزِّل ملف السجلات الذي يذهب إليه (أدناه) واستبدل به ذلك الملف على الخادم.',
  'drafts.editTitle': 'تعديل مسودة محلية',
  'drafts.product': 'المنتج',
  'drafts.country': 'البلد',
  'drafts.countryPlaceholder': 'الاسم أو الرمز',
  'drafts.status': 'الحالة',
  'drafts.chooseStatus': 'اختر حالة',
  'drafts.date': 'تاريخ سريان الحالة',
  'drafts.note': 'ملاحظة (اختيارية)',
  'drafts.source': 'المصدر (اختياري)',
  'drafts.sourceHint': 'مصدر المعلومات، مثل رسالة بريد إلكتروني من جهة التنسيق.',
  'drafts.add': 'تسجيل التغيير',
  'drafts.save': 'حفظ المسودة',
  'drafts.cancel': 'إلغاء',
  'drafts.refused': 'لم يُسجَّل التغيير',
  'drafts.field': '{at}: {why}',
  'drafts.added': 'سُجِّل كمسودة محلية: {country}، {product}، {status}.',
  'drafts.updated': 'حُفظت المسودة: {country}، {product}، {status}.',
  'drafts.removed': 'تم التراجع عن المسودة: {country}، {product}.',
  'drafts.discarded': 'حُذفت جميع المسودات.',
  'drafts.refusal.conflict':
    'يذكر السطر {line} من {file} الحالة «{status}» في هذا التاريخ: اختر تاريخًا آخر، أو صحّح ذلك السطر.',
  'drafts.refusal.duplicate': 'يذكر السطر {line} من {file} هذا بالفعل: لا شيء لإضافته.',
  'drafts.refusal.conflictDraft':
    'تذكر مسودة أخرى الحالة «{status}» في هذا التاريخ: عدِّل تلك المسودة أو تراجع عنها.',
  'drafts.refusal.duplicateDraft': 'تذكر مسودة أخرى هذا بالفعل.',
  'drafts.refusal.longNote': 'لا تتجاوز الملاحظة {limit, number} حرفًا؛ وهذه فيها {length, number}: اختصرها.',
  'drafts.noteCount': '{count, number} من {limit, number} حرفًا',
  'drafts.listTitle':
    '{count, plural, zero {لا توجد مسودات محلية} one {مسودة محلية واحدة} two {مسودتان محليتان} few {# مسودات محلية} many {# مسودة محلية} other {# مسودة محلية}}',
  'drafts.listCaption': 'تغييرات مسجَّلة في هذا المتصفح، غير منشورة',
  'drafts.none': 'لم يُسجَّل أي تغيير في هذا المتصفح لهذه السجلات.',
  'drafts.waiting': 'تُطبَّق المسودات بعد تحميل السجلات.',
  'drafts.col.date': 'التاريخ',
  'drafts.col.check': 'التحقق',
  'drafts.col.actions': 'الإجراءات',
  'drafts.applied': 'معروضة، غير منشورة',
  'drafts.notApplied': 'غير معروضة: {reason}',
  'drafts.edit': 'تعديل',
  'drafts.editLabel': 'تعديل مسودة {country}، {product}',
  'drafts.undo': 'تراجع',
  'drafts.undoLabel': 'تراجع عن مسودة {country}، {product}',
  'drafts.discardAll': 'حذف جميع المسودات',
  'drafts.discardConfirm':
    '{count, plural, zero {لا توجد مسودات لحذفها.} one {حذف المسودة الوحيدة؟ لا يمكن التراجع عن ذلك.} two {حذف المسودتين؟ لا يمكن التراجع عن ذلك.} few {حذف المسودات الـ# كلها؟ لا يمكن التراجع عن ذلك.} many {حذف المسودات الـ# كلها؟ لا يمكن التراجع عن ذلك.} other {حذف المسودات الـ# كلها؟ لا يمكن التراجع عن ذلك.}}',
  'drafts.discardYes': 'حذف',
  'drafts.discardNo': 'الإبقاء عليها',
  'drafts.download': 'تنزيل {file}',
  'drafts.downloadChanged':
    'تنزيل {file} ({count, plural, zero {لا تغييرات} one {تغيير واحد} two {تغييران} few {# تغييرات} many {# تغييرًا} other {# تغيير}})',
  'drafts.downloadHintSources':
    'كل ملف تذهب إليه مسوداتك، مضافةً إليه بأعمدته؛ وتبقى سائر الأسطر كما هي. انشر كلًّا منها مكان الملف الذي يحمل الاسم نفسه؛ وتبقى المسودات هنا إلى أن تحذفها.',
  'drafts.noChanges': 'سجّل تغييرًا لتنزيل الملف الذي يذهب إليه.',
  'drafts.file': 'يُنشر في',
  'drafts.fileDefault': 'ملفه المعتاد: {file}',
  'drafts.fileFirst': 'الملف الأول: {file}',
  'drafts.required': 'حقل مطلوب',
  'drafts.fileHint':
    'ملف السجلات الذي يذهب إليه هذا التغيير: افتراضيًا الملف الذي يضم هذا المنتج وهذا البلد، وإلا فالأول.',
  'drafts.col.file': 'الملف',
  'drafts.fileUnavailable':
    'تعذّرت قراءة {file}: {count, plural, zero {لا مسودات له} one {تنتظر المسودة الخاصة به} two {تنتظر المسودتان الخاصتان به} few {تنتظر المسودات الـ# الخاصة به} many {تنتظر المسودات الـ# الخاصة به} other {تنتظر المسودات الـ# الخاصة به}} هنا إلى أن تتسنى قراءته.',
  'drafts.downloadHint':
    'الملف ({file}) مضافًا إليه المسودات، كلٌّ بأعمدة الملف وفي موضعه؛ وتبقى سائر الأسطر كما هي، فلا يُنشر إلا الصفوف الجديدة. استبدل الملف الموجود على الخادم لنشره؛ وتبقى المسودات هنا إلى أن تحذفها.',
  'drafts.elsewhere':
    '{count, plural, zero {لا توجد مسودات محفوظة} one {مسودة واحدة محفوظة} two {مسودتان محفوظتان} few {# مسودات محفوظة} many {# مسودة محفوظة} other {# مسودة محفوظة}} لسجلات أخرى ({sources})؛ وتعود عند عرض تلك السجلات.',
  'drafts.siteRecords': 'سجلات الموقع',
  'drafts.mark': 'مسودة محلية، غير منشورة',
  'drafts.included':
    '{count, plural, zero {لا يتضمن أي مسودة محلية.} one {يتضمن مسودة محلية واحدة غير منشورة.} two {يتضمن مسودتين محليتين غير منشورتين.} few {يتضمن # مسودات محلية غير منشورة.} many {يتضمن # مسودة محلية غير منشورة.} other {يتضمن # مسودة محلية غير منشورة.}}',
  'drafts.review': 'مراجعة المسودات',
  'notice.draftsNotKept':
    'لا يستطيع هذا المتصفح حفظ المسودات (مساحة التخزين غير متاحة أو ممتلئة): وتبقى إلى أن تُغلق الصفحة. نزِّل الملف records.csv للاحتفاظ بها.',
  'notice.fileNotKept':
    'لا يستطيع هذا المتصفح الاحتفاظ بالملف الذي فتحته (التخزين غير متاح أو ممتلئ): بعد إعادة التحميل تُعرض سجلات الموقع من جديد.',
  'notice.recordsCopy':
    'لا يوجد اتصال: يُعرض {files} كما نُسخ على هذا الجهاز في {date} الساعة {time}. قد توجد سجلات أحدث.',
  'notice.draftsUnreadable': 'تعذّرت قراءة المسودات المحفوظة في هذا المتصفح لهذه السجلات.',
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
  'issue.invalid-date.sheet':
    'تاريخ غير صالح: استخدم خلية تاريخ أو الصيغة YYYY-MM-DD أو يوم/شهر/سنة، والسنة بأربعة أرقام',
  'issue.date-read-as': 'قُرئ على أنه يوم/شهر/سنة: {date}، وليس {monthFirst}',
  'issue.long-note': 'ملاحظة من {length, number} حرفًا، أطول من {limit, number}: حُفظت كاملة وتُعرض مختصرة',
  'issue.invalid-product': '{detail}؛ استُبعد هذا المنتج، وتُعرض المنتجات الأخرى',
  'error.xls':
    'الملف {file} مصنف Excel 97-2003 بالصيغة القديمة xls، ولا يمكن قراءته هنا: احفظه مصنفَ Excel بصيغة xlsx أو ملفَ CSV ثم افتحه من جديد.',
  'error.encrypted': 'الملف {file} محمي بكلمة مرور ولا يمكن قراءته: احفظ نسخة منه بلا كلمة مرور وافتحها.',
  'error.unreadable': 'تعذرت قراءة الملف {file} بوصفه مصنف Excel بصيغة xlsx: ربما يكون تالفًا أو من نوع آخر.',
  'error.empty-sheet': 'الورقة «{sheet}» في الملف {file} فارغة.',
  // Embedding (?embed=1): the Embed dialog and the embedded map
  'embed.button': 'تضمين',
  'embed.dialogTitle': 'تضمين هذه الخريطة في صفحة ويب',
  'embed.intro':
    'الصق هذه الشفرة في صفحة من موقعك: فهي تعرض خريطة طريقة العرض هذه ومفتاحها، مع المصدر وإخلاء المسؤولية بشأن الحدود.',
  'embed.localFile': 'تعرض الخريطة المضمَّنة السجلات المنشورة على هذا الموقع، لا الملف المفتوح هنا.',
  'embed.code': 'الشفرة المراد لصقها',
  'embed.copy': 'نسخ',
  'embed.copied': 'تم النسخ',
  'embed.copySelect': 'الشفرة محددة: انسخها بالضغط على Ctrl+C (أو ⌘C على جهاز Mac).',
  'embed.preview': 'معاينة (تُفتح في علامة تبويب جديدة)',
  'embed.close': 'إغلاق',
  'embed.documentTitle': '{product}، {region}: تقديم الخرائط الوطنية',
  'embed.fullDashboard': 'لوحة المعلومات الكاملة',
  'embed.newTab': '(تُفتح في علامة تبويب جديدة)',
  'embed.boundaries': 'الحدود',
};
