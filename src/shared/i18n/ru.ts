import type { Messages } from './en';

/** Messages in ru; every key of en.ts, with the same placeholders. */
export const ru: Messages = {
  'app.title': 'Представление национальных карт для глобальных почвенных карт ГПП',
  'app.subtitle': 'Глобальное почвенное партнерство ФАО',
  'app.loading': 'Загрузка данных…',
  'app.skip': 'Перейти к содержанию',
  'common.labelled': '{label}: {value}',
  'note.more': 'Читать полностью',
  'note.less': 'Свернуть',

  'status.submitted': 'Представлена',
  'status.in_preparation': 'Готовится',
  'status.not_submitted': 'Не представлена',
  'status.not_applicable': 'Неприменимо',
  'status.no_information': 'Нет информации',
  'status.outside': 'Вне региона',

  'controls.product': 'Картографический продукт',
  'controls.region': 'Регион',
  'controls.change': 'Изменить',
  'controls.close': 'Свернуть',
  'controls.asOf': 'Состояние на дату',
  'controls.asOfLatest': 'Последние данные ({date})',
  'controls.regionGroup.partnership': 'Партнерства',
  'controls.regionGroup.world': 'Мир',
  'controls.regionGroup.un-region': 'Регионы',
  'controls.regionGroup.un-subregion': 'Субрегионы',

  'region.fallback': 'Все страны',
  'region.fallbackSource': 'Все страны, которые есть на карте или в записях',

  'search.label': 'Найти страну',
  'search.placeholder': 'Название или код, например Непал или NPL',
  'search.none': 'По запросу «{query}» страны не найдены',
  'search.results':
    '{count, plural, one {Найдена # страна} few {Найдено # страны} many {Найдено # стран} other {Найдено # страны}}',

  'legend.title': 'Условные обозначения',
  'legend.heading': '{product}: {region}, по состоянию на {date}',
  'legend.total':
    '{count, plural, one {# страна в регионе} few {# страны в регионе} many {# стран в регионе} other {# страны в регионе}}',

  'map.label': 'Карта статуса представления {product}: {region}',
  'map.tooltipNoRecord': 'Нет записи',
  'map.disclaimer':
    'Границы и названия, показанные на этой карте, и используемые на ней обозначения не подразумевают выражения со стороны ФАО какого бы то ни было мнения относительно правового статуса любой страны, территории, города или района или их властей, или относительно делимитации их границ и рубежей. Границы: Natural Earth.',
  'map.panLabel': 'Перемещение и масштаб карты',
  'map.twoFingers': 'Перемещайте карту двумя пальцами',
  'map.panHint':
    'Стрелки перемещают карту, + и − увеличивают и уменьшают её. Tab переходит к странам на карте.',
  'map.countriesLabel':
    'Страны на карте: стрелки ведут к ближайшей стране в этом направлении, Enter открывает её.',
  'map.zoomRegion': 'Показать весь регион',
  'map.failed': 'Не удалось построить карту: {reason}',

  'panel.close': 'Закрыть',
  'panel.regionsLine': 'Регионы: {regions}',
  'panel.noRegion': 'Не входит ни в один из загруженных регионов',
  'panel.history': 'История',
  'panel.source': 'Источник',
  'panel.note': 'Примечание',
  'panel.since': 'с {date}',
  'panel.contact': 'Контактное лицо',
  'panel.notUn': 'Не является государством — членом ООН',

  'charts.title': 'Ход работы',
  'charts.byProduct': 'Статус по продуктам: {region}',
  'charts.overTime': 'Страны, представившие карты, в динамике: {region}',
  'charts.overTimeEmpty': 'До этой даты записей нет.',
  'charts.byRegion': '{product}: доля представленных карт по регионам',
  'charts.byRegionHidden':
    '{count, plural, one {# регион без записей по {product} не показан.} few {# региона без записей по {product} не показаны.} many {# регионов без записей по {product} не показаны.} other {# региона без записей по {product} не показаны.}}',
  'progress.ofWord': '{word}: {done, number} из {total, number}',
  'progress.doneWord': 'Выполнено',
  'a11y.count.status': '{status}: {count, number}',
  'changes.headlineWord':
    '{product}, с {date}: {word} — {count, plural, one {# страна} few {# страны} many {# стран} other {# страны}}',
  'charts.submittedOf': 'Представлено: {submitted} из {total}',
  'charts.notExpected':
    '{count, plural, one {# страна, от которой ничего не ожидается, не учитывается} few {# страны, от которых ничего не ожидается, не учитываются} many {# стран, от которых ничего не ожидается, не учитываются} other {# страны, от которых ничего не ожидается, не учитываются}}',
  'charts.notApplicable':
    '{count, plural, one {# страна со статусом «Неприменимо» не учитывается} few {# страны со статусом «Неприменимо» не учитываются} many {# стран со статусом «Неприменимо» не учитываются} other {# страны со статусом «Неприменимо» не учитываются}}',
  'charts.tableCaption': 'Исходные данные диаграммы',

  'notice.unknownProduct': 'Продукт «{value}» не найден. Показано: {fallback}.',
  'notice.unknownRegion': 'Регион «{value}» не найден. Показано: {fallback}.',
  'notice.unknownCountry': 'Страны «{value}» на карте нет.',
  'notice.unknownView': 'Раздел «{value}» не найден; показан обзор.',
  'notice.unknownLang': 'Язык «{value}» недоступен; интерфейс отображается на английском языке.',
  'notice.badDate':
    'Дата «{value}» не является допустимой датой в формате YYYY-MM-DD; показаны последние данные.',
  'notice.futureAsOf': 'Дата «{value}» еще не наступила; показаны последние данные.',
  'notice.dismiss': 'Закрыть',
  'update.ready': 'Доступна новая версия информационной панели.',
  'update.reload': 'Перезагрузить',
  'notice.svgMap':
    'Этот браузер не может отобразить интерактивную карту WebGL, поэтому показана упрощенная карта; цвета и цифры те же.',

  'error.title': 'Не удалось загрузить часть данных',
  'error.sourceLeftOut': 'Его записи не показаны; записи остальных источников показаны.',
  'error.retry': 'Повторить попытку',
  'error.not-found': 'Файл {file} не найден (404).',
  'error.http': '{file}: сервер вернул код {status}.',
  'error.timeout': 'Файл {file} не получен в течение {seconds} с.',
  'error.network': 'Не удалось получить файл {file}: {detail}.',
  'error.address':
    'Файл {file} нельзя прочитать по адресу {address}: читаются только адреса https или адреса этого сайта.',
  'error.empty': 'Файл {file} пуст.',
  'error.html': 'Файл {file} является веб-страницей, а не файлом данных.',
  'error.malformed': 'Файл {file} содержит недопустимый JSON: {detail}.',
  'error.invalid': 'Файл {file} не соответствует ожидаемому формату: {detail}.',
  'error.recordIssues':
    '{file}: {errors, plural, one {# строку не удалось использовать} few {# строки не удалось использовать} many {# строк не удалось использовать} other {# строки не удалось использовать}}, {warnings, plural, one {# предупреждение} few {# предупреждения} many {# предупреждений} other {# предупреждения}}.',
  'error.productIssues':
    '{file}: {errors, plural, one {# продукт пропущен} few {# продукта пропущено} many {# продуктов пропущено} other {# продукта пропущено}}, остальные показаны.',
  'error.fullReport': 'Открыть полный отчет',
  'error.noRecords': 'Без записей для всех стран отображается статус «Нет информации».',
  'error.noBoundaries': 'Без данных о границах карту построить нельзя; диаграммы по-прежнему доступны.',

  'lang.label': 'Язык',
  'theme.label': 'Цветовая схема',
  'theme.auto': 'Как в системе',
  'theme.light': 'Светлая',
  'theme.dark': 'Темная',
  'theme.contrast': 'Высококонтрастная',

  'a11y.summary': '{product}, {region}, по состоянию на {date}: {counts}.',
  'a11y.count.submitted':
    '{count, plural, one {# карта представлена} few {# карты представлены} many {# карт представлено} other {# карты представлено}}',
  'a11y.count.in_preparation':
    '{count, plural, one {# карта готовится} few {# карты готовятся} many {# карт готовится} other {# карты готовится}}',
  'a11y.count.not_submitted':
    '{count, plural, one {# карта не представлена} few {# карты не представлены} many {# карт не представлено} other {# карты не представлено}}',
  'a11y.count.not_applicable':
    '{count, plural, one {неприменимо для # страны} few {неприменимо для # стран} many {неприменимо для # стран} other {неприменимо для # страны}}',
  'a11y.count.no_information':
    '{count, plural, one {нет информации по # стране} few {нет информации по # странам} many {нет информации по # странам} other {нет информации по # страны}}',

  'map.table.show': 'Показать карту в виде таблицы',
  'map.table.hide': 'Скрыть таблицу',
  'map.table.caption': '{product}, {region}, по состоянию на {date}: статус каждой страны',
  'map.table.country': 'Страна',
  'map.table.status': 'Статус',
  'map.table.date': 'Дата записи',
  'map.table.note': 'Примечание',

  'nav.label': 'Разделы',
  'nav.overview': 'Обзор',
  'nav.outstanding': 'Непредставленные карты',
  'nav.country': 'Страна',
  'nav.present': 'Презентация',
  'nav.data': 'Данные',

  'data.title': 'Файлы данных',
  'data.filesCaption': 'Файлы данных и результаты их загрузки',
  'data.file': 'Файл',
  'data.state': 'Состояние',
  'data.rows': 'Строки',
  'data.warnings': 'Предупреждения',
  'data.historyLost': 'Потерянные строки истории',
  'data.latest': 'Последняя запись',
  'data.lastModified': 'Последнее изменение',
  'data.errors': 'Исключенные строки',
  'data.state.loading': 'Загрузка…',
  'data.state.ready': 'Загружен',
  'data.state.remote': 'Опубликован в другом месте: проверяется при загрузке сайтом',
  'data.state.absent': 'Не предоставлен (необязательный)',
  'data.state.copy': 'Копия от {date}, {time} (нет соединения)',
  'data.recordsTitle': 'Записи',
  'data.sourceDefault': 'Показаны записи этого сайта из файлов записей в таблице выше.',
  'data.sourceUrl': 'Показаны записи по адресу {url}.',
  'data.sourceFile':
    'Показан ваш файл «{name}»: он прочитан только в этом браузере, на сервер ничего не загружено.',
  'data.fileKept':
    'Он хранится в этом браузере и снова показывается после перезагрузки, пока вы не вернётесь к записям сайта.',
  'data.backToSite': 'Вернуться к записям сайта',
  'data.open': 'Открыть файл записей',
  'data.openHint':
    'Выберите файл CSV или книгу Excel (.xlsx) либо перетащите файл сюда. Файл читается в этом браузере и никуда не загружается.',
  'data.reading': 'Чтение файла…',
  'data.statuses.title': 'Что принимает столбец status, по продуктам',
  'data.statuses.written': 'Пишется в файле',
  'data.statuses.shown': 'Отображается как',
  'data.statuses.stage': 'Что это значит',
  'data.statuses.hint':
    'Читается и название на любом из шести языков. Страна без записи показывается как «Нет информации»: ещё ожидается.',
  'stage.done': 'Выполнено: учитывается в «N из M»',
  'stage.under_way': 'В работе: ещё ожидается',
  'stage.owed': 'Ожидается',
  'stage.not_expected': 'Не ожидается: не учитывается',
  'data.downloadAll': 'Скачать данные (.zip)',
  'data.template': 'Скачать шаблон (CSV)',
  'data.report':
    'Отчет о проверке ({count, plural, one {# замечание} few {# замечания} many {# замечаний} other {# замечания}})',
  'data.noIssues': 'Все строки пригодны для использования.',
  'data.severity': 'Тип',
  'data.line': 'Строка',
  'data.column': 'Столбец',
  'data.value': 'Значение',
  'data.reason': 'Причина',
  'data.error': 'Строка исключена',
  'data.warning': 'Предупреждение',
  'data.more': '… и еще {count}.',

  'country.pick': 'Выберите страну',
  'country.asOf': 'Статус по состоянию на {date}',
  'country.glance': 'Статус по каждому продукту',
  'country.locator': '{country} на карте',
  'country.link': 'Ссылка на эту страницу',
  'country.copyLink': 'Копировать ссылку',
  'country.print': 'Распечатать',
  'panel.openPage': 'Открыть страницу страны',

  'next.label': 'Следующий шаг',
  'next.gsp': 'секретариат ГПП',
  'next.submitted': 'Национальная карта представлена. Исправления и обновления: {contact}.',
  'next.in_preparation':
    'Завершите подготовку национальной карты и представьте ее. Техническая поддержка: {contact}.',
  'next.not_submitted':
    'Подготовьте и представьте национальную карту. Методические указания и техническая поддержка: {contact}.',
  'next.not_applicable': 'Представление национальной карты {product} от этой страны не ожидается.',
  'next.no_information':
    'У ГПП нет записей по этой стране. Сообщите о ходе работы над национальной картой. Контакт: {contact}.',

  'present.roledescription': 'слайд',
  'present.slideLabel': 'Слайд {n} из {total}: {product}',
  'present.headline': 'Представлено: {submitted} из {total}',
  'present.notApplicable':
    '{count, plural, one {# страна со статусом «Неприменимо» не учитывается} few {# страны со статусом «Неприменимо» не учитываются} many {# стран со статусом «Неприменимо» не учитываются} other {# страны со статусом «Неприменимо» не учитываются}}',
  'present.previous': 'Назад',
  'present.next': 'Далее',
  'present.fullscreen': 'Во весь экран',
  'present.exit': 'Выйти (Esc)',
  'present.refused':
    'Браузер не перешел в полноэкранный режим автоматически, поэтому слайды занимают все окно (кнопка «Во весь экран» запросит его снова). Клавиши: → ←, Page Up/Page Down, пробел, Esc.',
  'present.start': 'Начать презентацию',

  'outstanding.title': 'Непредставленные карты: {region}, по состоянию на {date}',
  'outstanding.country': 'Страна',
  'outstanding.region': 'Регион',
  'outstanding.product': 'Продукт',
  'outstanding.status': 'Статус',
  'outstanding.since': 'Дата статуса',
  'outstanding.note': 'Примечание',
  'outstanding.deadline': 'Срок',
  'outstanding.overdue': 'Просрочка',
  'outstanding.overdueBy':
    '{days, plural, one {Просрочено на # день} few {Просрочено на # дня} many {Просрочено на # дней} other {Просрочено на # дня}}',
  'outstanding.overdueOnly': 'Только просроченные карты',
  'outstanding.overdueCount':
    '{count, plural, one {просрочена # карта} few {просрочены # карты} many {просрочено # карт} other {просрочено # карты}}',
  'legend.overdue':
    '{count, plural, one {# карта просрочена (срок: {date})} few {# карты просрочены (срок: {date})} many {# карт просрочено (срок: {date})} other {# карты просрочено (срок: {date})}}',
  'country.deadline': 'Срок: {date}',
  'outstanding.focalPoint': 'Координатор',
  'outstanding.allProducts': 'Все продукты',
  'outstanding.search': 'Поиск по стране',
  'outstanding.count':
    '{count, plural, one {# непредставленная карта} few {# непредставленные карты} many {# непредставленных карт} other {# непредставленной карты}}',
  'outstanding.downloadCsv': 'Скачать CSV',
  'outstanding.caption': 'Непредставленные карты: по одной строке на каждый продукт и страну',
  'outstanding.emails':
    'Адреса электронной почты ({count, plural, one {# адрес} few {# адреса} many {# адресов} other {# адреса}})',
  'outstanding.noEmails': 'Для показанных стран нет адресов электронной почты.',
  'outstanding.copy': 'Копировать адреса',
  'outstanding.copied': 'Скопировано',
  'outstanding.mailto': 'Написать всем (скрытая копия)',
  'outstanding.mailSubject': 'Представление национальной карты в ГПП',

  'issue.empty-file': 'файл пуст',
  'issue.missing-columns':
    'отсутствуют столбцы: {columns}. В файле есть {found}; записям нужны {expected} (и могут быть {optional}). {rows, plural, =0 {} one {# строка файла не учтена.} few {# строки файла не учтены.} many {# строк файла не учтено.} other {# строки файла не учтены.}}',
  'issue.extra-columns': 'лишние столбцы не учитываются: {columns}',
  'issue.missing-product': 'не указан продукт',
  'issue.unknown-product': 'неизвестный продукт',
  'issue.missing-country': 'не указана страна',
  'issue.unknown-country': 'неизвестная страна',
  'issue.country-read-as': 'распознано как {iso3}',
  'issue.missing-status': 'не указан статус',
  'issue.history-lost': 'потеряна история: строки {line} прежнего файла ({row}) больше нет в прежнем виде',
  'issue.unknown-status': 'неизвестный статус; для {product} допустимы: {statuses}',
  'issue.status-no-information': '«Нет информации» означает отсутствие записи: не включайте эту строку',
  'issue.missing-date': 'не указана дата',
  'issue.invalid-date':
    'недопустимая дата: укажите ее в формате YYYY-MM-DD или день/месяц/год, год — четырьмя цифрами',
  'issue.future-date': 'дата в будущем: {date}',
  'issue.duplicate-elsewhere': 'повторяет строку {line} файла {file}; не учитывается',
  'issue.conflict-elsewhere': 'противоречит строке {line} файла {file} ({status}); обе строки исключены',
  'issue.invalid-site': 'site.json не является списком источников записей ({detail}); показан records.csv',
  'issue.duplicate': 'повторяет строку {line}; не учитывается',
  'issue.conflict': 'противоречит строке {line} ({status}); обе строки исключены',
  'issue.invalid-email': 'не является адресом электронной почты; исключено',
  'issue.line': 'строка {line}',
  'issue.value': '{column} «{value}»',

  'figure.titleOwn': '{name} ({short}): статус по странам',
  'figure.title': 'Представление национальных карт для {name} ({short})',
  'figure.subtitle': '{region}, статус по состоянию на {date}',
  'figure.subtitleSince': '{region}, статус по состоянию на {date}; в скобках — изменение с {since}',
  'figure.changed':
    '{count, plural, one {# страна изменилась} few {# страны изменились} many {# стран изменились} other {# страны изменились}} с {date}',
  'figure.source': 'Источник: {sources}',
  'figure.noSource': 'Источник: записей по этому продукту и региону до этой даты нет.',
  'figure.downloadSvg': 'Скачать SVG',
  'figure.downloadPng': 'Скачать PNG',
  'figure.downloadGif': 'Скачать историю в GIF',
  'figure.gifProgress': 'Создание GIF: {done} из {total} дат…',
  'figure.exporting': 'Подготовка изображения…',
  'figure.failed': 'Не удалось создать изображение: {reason}',

  'footer.source':
    'Источник данных, используемых по умолчанию: доклад о работе седьмого совещания Азиатского почвенного партнерства, 9–10 марта 2022 года (ASP-VII/22/Report).',
  'footer.updated': 'Записи последний раз обновлены: {date}.',
  'footer.otherSource': 'Показаны записи: {file}. Источник каждой записи указан вместе с ней.',

  // What changed since a date
  'nav.changes': 'Изменения',
  'notice.badSince':
    'Дата «{value}», с которой показывать изменения, не является допустимой датой не позднее сегодняшней; изменения не показаны.',
  'changes.since': 'Изменения с',
  'changes.sinceDefault': 'Предыдущая дата записей ({date})',
  'changes.sinceNotBefore': 'Изменения с {value} показать нельзя: выберите дату раньше {date}.',
  'changes.title': 'Что изменилось в регионе «{region}» с {since} по {asOf}',
  'changes.showOnMap': 'Показать изменения на карте',
  'changes.noEarlier': 'Нет записей с датой раньше {date}: выберите дату для сравнения.',
  'changes.headline':
    '{count, plural, =0 {Нет новых представлений} one {# новое представление} few {# новых представления} many {# новых представлений} other {# новых представления}} по {product} с {date}',
  'changes.count.started':
    '{count, plural, one {# страна начала работу} few {# страны начали работу} many {# стран начали работу} other {# страны начали работу}}',
  'changes.count.back':
    '{count, plural, one {# страна откатилась назад} few {# страны откатились назад} many {# стран откатились назад} other {# страны откатились назад}}',
  'changes.count.other':
    '{count, plural, one {# другое изменение} few {# других изменения} many {# других изменений} other {# другого изменения}}',
  'changes.none': 'За этот период ни один статус по {product} в регионе «{region}» не изменился.',
  'changes.caption': 'Изменения статуса по {product} в регионе «{region}»',
  'changes.col.date': 'Дата',
  'changes.col.change': 'Изменение',
  'changes.col.source': 'Источник',
  'changes.kind.submitted': 'Представлена',
  'changes.kind.done': 'Выполнено',
  'changes.kind.started': 'Начата',
  'changes.kind.back': 'Откат назад',
  'changes.kind.other': 'Изменено',
  'changes.to': 'на',
  'legend.since':
    'В скобках — изменение с {date}; {count, plural, =0 {ни одна страна не изменилась} one {изменилась # страна, обведена пунктиром на карте} few {изменились # страны, обведены пунктиром на карте} many {изменились # стран, обведены пунктиром на карте} other {изменились # страны, обведены пунктиром на карте}}.',
  'legend.sinceClear': 'Скрыть изменения',
  'legend.filtered':
    'Показан только статус «{status}»: {count, plural, one {# страна} few {# страны} many {# стран} other {# страны}}',
  'legend.filterClear': 'Показать все статусы',
  'allProducts.choice': 'Все продукты',
  'allProducts.open': 'Открыть карту {product}',
  'allProducts.counts': '{product}: страны по статусу',
  'allProducts.heading': 'Все продукты: {region}, по состоянию на {date}',
  'history.group': 'История в движении',
  'history.play': 'Воспроизвести',
  'history.pause': 'Пауза',
  'history.back': 'Предыдущая дата',
  'history.forward': 'Следующая дата',
  'history.step': '{date} ({n} из {total})',
  'handout.open': 'Раздаточный материал',
  'handout.print': 'Печать или сохранение в PDF',
  'handout.close': 'Вернуться к панели',
  'handout.hint':
    'Альбомная ориентация, A4 или Letter. Чтобы получить PDF, выберите принтер «Сохранить как PDF».',
  'handout.page': 'Страница {n} из {total}',
  'handout.asOf': 'Состояние на {date}',
  'handout.since': 'Изменения с {date}',
  'handout.changesSince': 'Изменения с {date}',
  'handout.noChange': 'С тех пор ни один статус не изменился.',
  'handout.moreChanges':
    '{count, plural, one {и ещё # изменение} few {и ещё # изменения} many {и ещё # изменений} other {и ещё # изменения}}',
  'handout.owedTitle': 'Ещё не представленные карты: {region}, на {date}, по странам',
  'handout.owedNone': 'Все карты представлены.',
  'map.table.filtered': '{caption} (только «{status}»)',
  'legend.change': '({change})',
  'present.sinceTitle': '{short}: что изменилось с {date}',
  'present.sinceSlideLabel': 'Слайд {n} из {total}: {product}, изменения с {date}',
  // Reminder drafts (outstanding view)
  'reminders.open': 'Черновики напоминаний',
  'reminders.title':
    'Черновики напоминаний ({count, plural, one {# страна} few {# страны} many {# стран} other {# страны}})',
  'reminders.hint':
    'Одно письмо на каждую страну, которая должна представить карты из показанных строк, с перечнем именно этих карт. Проверьте его, затем скопируйте или откройте в почтовой программе; отсюда ничего не отправляется.',
  'reminders.none': 'Среди показанных строк нет стран, которые должны представить карты.',
  'reminders.downloadAll': 'Скачать все черновики',
  'reminders.copy': 'Копировать',
  'reminders.copied': 'Скопировано',
  'reminders.copyFailed': 'Не удалось скопировать: выделите текст и скопируйте его.',
  'reminders.mailto':
    '{count, plural, one {Написать координатору} few {Написать # координаторам} many {Написать # координаторам} other {Написать # координаторам}}',
  'reminders.long':
    'Этот черновик длинный: если почтовая программа обрежет его, воспользуйтесь кнопкой «Копировать».',
  'reminders.to': 'Кому: {recipients}',
  'reminders.noAddress':
    'В contacts.csv нет адресов электронной почты координаторов (страна: {country}), поэтому ссылки для письма нет: скопируйте черновик.',
  'reminders.subjectLine': 'Тема: {subject}',
  'reminders.subject':
    '{country}: {count, plural, one {# национальная карта еще не представлена в ГПП} few {# национальные карты еще не представлены в ГПП} many {# национальных карт еще не представлено в ГПП} other {# национальной карты еще не представлено в ГПП}}',
  'reminders.greeting': 'Уважаемые коллеги!',
  'reminders.greetingNamed':
    '{count, plural, one {Уважаемый(-ая) {names}!} few {Уважаемые {names}!} many {Уважаемые {names}!} other {Уважаемые {names}!}}',
  'reminders.bodyIntro':
    'По данным Глобального почвенного партнерства (ГПП) на {date}, от страны {country} еще {count, plural, one {не получена # национальная карта} few {не получены # национальные карты} many {не получено # национальных карт} other {не получено # национальной карты}}:',
  'reminders.item': '{product}: {name}',
  'reminders.since': 'Статус: {status}, с {date}',
  'reminders.noRecord': 'Статус: {status} (нет записи)',
  'reminders.deadline': 'Срок: {date}',
  'reminders.overdue':
    'Срок: {date}, {days, plural, one {просрочено на # день} few {просрочено на # дня} many {просрочено на # дней} other {просрочено на # дня}}',
  'reminders.gspContact': 'Контактное лицо в ГПП: {name}',
  'reminders.gspContactEmail': 'Контактное лицо в ГПП: {name} ({email})',
  'reminders.request':
    '{count, plural, one {Просим представить эту карту или сообщить, на какой стадии она находится и когда вы планируете ее представить.} few {Просим представить эти карты или сообщить, на какой стадии они находятся и когда вы планируете их представить.} many {Просим представить эти карты или сообщить, на какой стадии они находятся и когда вы планируете их представить.} other {Просим представить эти карты или сообщить, на какой стадии они находятся и когда вы планируете их представить.}}',
  'reminders.linkLine': 'Статус каждой карты (страна: {country}) на информационной панели:',
  'reminders.signoff': 'С уважением,',
  'reminders.fileTitle':
    'Черновики напоминаний: {region}, по состоянию на {date} ({count, plural, one {# страна} few {# страны} many {# стран} other {# страны}})',
  // Record a change: drafts kept in the browser (data view, and their mark on every view)
  'drafts.title': 'Внести изменение',
  'drafts.intro':
    'Изменение, внесённое здесь, — это локальный черновик: все представления в этом браузере сразу показывают его с пометкой «Локальный черновик, не опубликован». Он хранится только в этом браузере и никуда не отправляется. Чтобы опубликовать его, скачайте файл записей, в который он входит (ниже), и замените этот файл на сервере.',
  'drafts.editTitle': 'Изменить локальный черновик',
  'drafts.product': 'Продукт',
  'drafts.country': 'Страна',
  'drafts.countryPlaceholder': 'Название или код',
  'drafts.status': 'Статус',
  'drafts.chooseStatus': 'Выберите статус',
  'drafts.date': 'Дата вступления статуса в силу',
  'drafts.note': 'Примечание (необязательно)',
  'drafts.source': 'Источник (необязательно)',
  'drafts.sourceHint': 'Откуда получена информация, например письмо от координатора.',
  'drafts.add': 'Внести изменение',
  'drafts.save': 'Сохранить черновик',
  'drafts.cancel': 'Отмена',
  'drafts.refused': 'Изменение не внесено',
  'drafts.field': '{at}: {why}',
  'drafts.added': 'Внесено как локальный черновик: {country}, {product}, {status}.',
  'drafts.updated': 'Черновик сохранён: {country}, {product}, {status}.',
  'drafts.removed': 'Черновик отменён: {country}, {product}.',
  'drafts.discarded': 'Все черновики удалены.',
  'drafts.refusal.conflict':
    '{file}, строка {line}, указывает на эту дату статус «{status}»: выберите другую дату или исправьте эту строку.',
  'drafts.refusal.duplicate': '{file}, строка {line}, уже содержит это: добавлять нечего.',
  'drafts.refusal.conflictDraft':
    'другой черновик указывает на эту дату статус «{status}»: измените или отмените тот черновик.',
  'drafts.refusal.duplicateDraft': 'другой черновик уже содержит это.',
  'drafts.refusal.longNote':
    'примечание может содержать не более {limit, number} символов; в этом {length, number}: сократите его.',
  'drafts.noteCount': '{count, number} из {limit, number} символов',
  'drafts.listTitle':
    '{count, plural, one {# локальный черновик} few {# локальных черновика} many {# локальных черновиков} other {# локального черновика}}',
  'drafts.listCaption': 'Изменения, внесённые в этом браузере, не опубликованы',
  'drafts.none': 'Для этих записей в этом браузере не внесено ни одного изменения.',
  'drafts.waiting': 'Черновики применяются после загрузки записей.',
  'drafts.col.date': 'Дата',
  'drafts.col.check': 'Проверка',
  'drafts.col.actions': 'Действия',
  'drafts.applied': 'Показан, не опубликован',
  'drafts.notApplied': 'Не показан: {reason}',
  'drafts.edit': 'Изменить',
  'drafts.editLabel': 'Изменить черновик: {country}, {product}',
  'drafts.undo': 'Отменить',
  'drafts.undoLabel': 'Отменить черновик: {country}, {product}',
  'drafts.discardAll': 'Удалить все черновики',
  'drafts.discardConfirm':
    '{count, plural, one {Удалить # черновик? Это действие нельзя отменить.} few {Удалить все # черновика? Это действие нельзя отменить.} many {Удалить все # черновиков? Это действие нельзя отменить.} other {Удалить все # черновика? Это действие нельзя отменить.}}',
  'drafts.discardYes': 'Удалить',
  'drafts.discardNo': 'Оставить',
  'drafts.download': 'Скачать {file}',
  'drafts.downloadChanged':
    'Скачать {file} ({count, plural, one {# изменение} few {# изменения} many {# изменений} other {# изменения}})',
  'drafts.downloadHintSources':
    'Каждый файл, в который входят ваши черновики, с ними, добавленными в его собственных столбцах; все остальные строки остаются как есть. Опубликуйте каждый вместо файла с тем же именем; черновики остаются здесь, пока вы их не удалите.',
  'drafts.noChanges': 'Запишите изменение, чтобы скачать файл, в который оно войдёт.',
  'drafts.file': 'Публикуется в',
  'drafts.fileDefault': 'Обычный файл: {file}',
  'drafts.fileFirst': 'Первый файл: {file}',
  'drafts.required': 'обязательное поле',
  'drafts.fileHint':
    'Файл записей, в который войдёт это изменение: по умолчанию тот, где уже есть этот продукт и эта страна, иначе первый.',
  'drafts.col.file': 'Файл',
  'drafts.fileUnavailable':
    'Не удалось прочитать {file}: {count, plural, one {# черновик для него ждёт} few {# черновика для него ждут} many {# черновиков для него ждут} other {# черновика для него ждут}} здесь, пока его не удастся прочитать.',
  'drafts.downloadHint':
    'Файл ({file}) с добавленными черновиками, каждый в столбцах файла и на своём месте; все остальные строки остаются как есть, так что публикуются только новые строки. Чтобы опубликовать, замените файл на сервере; черновики остаются здесь, пока вы их не удалите.',
  'drafts.elsewhere':
    '{count, plural, one {# черновик хранится} few {# черновика хранятся} many {# черновиков хранятся} other {# черновика хранятся}} для других записей ({sources}); они вернутся, когда будут показаны эти записи.',
  'drafts.siteRecords': 'записи сайта',
  'drafts.mark': 'Локальный черновик, не опубликован',
  'drafts.included':
    '{count, plural, one {Включает # локальный черновик, не опубликованный.} few {Включает # локальных черновика, не опубликованных.} many {Включает # локальных черновиков, не опубликованных.} other {Включает # локального черновика, не опубликованных.}}',
  'drafts.review': 'Просмотреть черновики',
  'notice.draftsNotKept':
    'Этот браузер не может хранить черновики (хранилище недоступно или заполнено): они сохранятся, пока открыта страница. Скачайте records.csv, чтобы их сохранить.',
  'notice.fileNotKept':
    'Этот браузер не может сохранить открытый файл (хранилище недоступно или заполнено): после перезагрузки снова будут показаны записи сайта.',
  'notice.recordsCopy':
    'Нет соединения: {files} показан по копии, сохранённой на этом устройстве {date} в {time}. Могут существовать более новые записи.',
  'notice.draftsUnreadable': 'Не удалось прочитать черновики, сохранённые в этом браузере для этих записей.',
  // Spreadsheets (.xlsx) in the data view: wording of a sheet's rows, how a date was read, files refused
  'data.sourceSheet':
    'Показан лист «{sheet}» вашего файла «{name}»: он прочитан только в этом браузере, на сервер ничего не загружено.',
  'data.templateXlsx': 'Скачать шаблон (Excel .xlsx)',
  'data.row': 'Строка',
  'data.lineOrRow': 'Строка',
  'issue.row': 'строка {line}',
  'issue.sheet': 'лист «{sheet}»',
  'issue.duplicate.sheet': 'повторяет строку {line}; не учитывается',
  'issue.conflict.sheet': 'противоречит строке {line} ({status}); обе строки исключены',
  'issue.invalid-date.sheet':
    'недопустимая дата: используйте ячейку с датой, формат YYYY-MM-DD или день/месяц/год, год — четырьмя цифрами',
  'issue.date-read-as': 'прочитана как день/месяц/год: {date}, а не {monthFirst}',
  'issue.long-note':
    'примечание длиной {length, number} симв., больше {limit, number}: сохранено целиком, показано сокращённо',
  'issue.invalid-product': '{detail}; этот продукт пропущен, остальные показаны',
  'error.xls':
    'Файл {file} — книга Excel 97–2003 (.xls), которую здесь прочитать нельзя: сохраните ее как книгу Excel (.xlsx) или как CSV и откройте снова.',
  'error.encrypted':
    'Файл {file} защищен паролем и не может быть прочитан: сохраните копию без пароля и откройте ее.',
  'error.unreadable':
    'Файл {file} не удалось прочитать как книгу Excel (.xlsx): возможно, он поврежден или это файл другого типа.',
  'error.empty-sheet': 'Лист «{sheet}» файла {file} пуст.',
  // Embedding (?embed=1): the Embed dialog and the embedded map
  'embed.button': 'Встроить',
  'embed.dialogTitle': 'Встроить эту карту в веб-страницу',
  'embed.intro':
    'Вставьте этот код в страницу своего сайта: он показывает карту и легенду этого раздела с источником и оговоркой о границах.',
  'embed.localFile':
    'Встроенная карта показывает записи, опубликованные на этом сайте, а не открытый здесь файл.',
  'embed.code': 'Код для вставки',
  'embed.copy': 'Копировать',
  'embed.copied': 'Скопировано',
  'embed.copySelect': 'Код выделен: скопируйте его клавишами Ctrl+C (⌘C на Mac).',
  'embed.preview': 'Предварительный просмотр (откроется в новой вкладке)',
  'embed.close': 'Закрыть',
  'embed.documentTitle': '{product}, {region}: представление национальных карт',
  'embed.fullDashboard': 'Полная информационная панель',
  'embed.newTab': '(откроется в новой вкладке)',
  'embed.boundaries': 'Границы',
};
