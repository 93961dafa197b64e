// Contact Center answers Zoom's documents do not give, chosen by the
// simulator, each with the operations it is for (see decisions.ts, which
// merges them into DECIDED, and docs/decisions/006-independent-simulator.md).
import type { DecidedAnswer } from './decisions';

const ASSETS = '/contact_center/asset_library/assets';
const assetWrites = [`POST ${ASSETS}`, `PATCH ${ASSETS}/{assetId}`];
const operatingHours = ['PATCH /contact_center/queues/{queueId}/operating_hours'];

export const CC_DECIDED = {
  /** An unknown set in a queue's operating hours: the business-hours operations' own answer, as a 400 (the only status this operation documents besides 404 for the queue). */
  operatingHoursUnknownBusinessHours: { operations: operatingHours, status: 400, code: 3601, message: 'Business hour does not exist: {0}.' },
  operatingHoursUnknownClosureSet: { operations: operatingHours, status: 400, code: 3701, message: 'Closure set does not exist: {0}.' },
  /** "Only one of these overflow fields can be updated each time": more than one is refused. */
  oneOverflowField: { operations: operatingHours, status: 400, code: 300, message: 'Only one overflow field can be updated at a time.' },
  unknownOverflowTarget: { operations: operatingHours, status: 400, code: 300, message: 'The overflow target does not exist: {0}.' },
  /** "A single request can upload a maximum of 100MB." (no answer documented). */
  requestTooLarge: { operations: assetWrites, status: 400, code: 300, message: 'A single request can upload at most 100 MB.' },
  /** "Single file maximum filesize: audio 10M, image 10M, slides 10M, video 100M." */
  fileTooLarge: { operations: assetWrites, status: 400, code: 300, message: 'The file is larger than {0} MB: {1}.' },
  /** "Allowed file extension" per asset type. */
  fileType: { operations: assetWrites, status: 400, code: 300, message: 'The file type is not allowed for {0} assets: {1}.' },
  /** A file whose bytes are not what its name says (an executable renamed .mp3). */
  fileContent: { operations: assetWrites, status: 400, code: 300, message: 'The file content does not match its type: {0}.' },
  itemFileRequired: { operations: assetWrites, status: 400, code: 300, message: 'An item of a {0} asset needs an uploaded file.' },
  itemContentRequired: { operations: assetWrites, status: 400, code: 300, message: 'An item of a {0} asset needs its content.' },
  /** The voice table of the create document, per language. */
  voiceNotSupported: { operations: assetWrites, status: 400, code: 300, message: 'The voice {0} is not supported for {1}.' },
  /** Documented for create (400 / 10006); update answers the same. */
  languageNotSupported: { operations: [`PATCH ${ASSETS}/{assetId}`], status: 400, code: 10006, message: 'The language is not supported.' },
  /** "Each item must have a different asset_item_language, and only one item can have is_default set to true." */
  duplicateItemLanguage: { operations: assetWrites, status: 400, code: 300, message: 'Each asset item must have a different asset_item_language: {0}.' },
  oneDefaultItem: { operations: assetWrites, status: 400, code: 300, message: 'Only one asset item can be the default.' },
  /** The category operations' own answer (10023), as a 400 for an asset that names an unknown category. */
  unknownCategory: { operations: assetWrites, status: 400, code: 10023, message: 'Asset category not found.' },
  /** 10026 is the batch item update's answer for an unknown item. */
  unknownAssetItem: { operations: [`PATCH ${ASSETS}/{assetId}`, `DELETE ${ASSETS}/{assetId}/items`], status: 404, code: 10026, message: 'Asset item not found.' },
  /** "The default asset item can't be deleted." (no answer documented). */
  defaultItemDelete: { operations: [`DELETE ${ASSETS}/{assetId}/items`], status: 400, code: 300, message: "The default asset item can't be deleted." },
  /** Create documents 10020 "Unable to create more."; an update past the bounded file store answers the same. */
  storeFull: { operations: [`PATCH ${ASSETS}/{assetId}`], status: 400, code: 10020, message: 'Unable to create more.' },
} as const satisfies Record<string, DecidedAnswer>;

/*
 * Contact Center: what the documents leave open, and the simulator's reading.
 *
 * Lists. They document no query parameters: `page_size` (default 30, at most 100) and
 * `next_page_token` as decision 006 says. The asset list also filters by `asset_type` and
 * `asset_language_code` (comma-separated values, named after the list's fields; an asset
 * matches a language when any of its items has it), `asset_category_id`, and `asset_item_name`
 * (named by the document: assets with an item of that name, case-insensitive; their
 * `asset_items_url` is that item's file link, otherwise empty). Unknown values of the type and
 * language filters answer 400 / 300 "Validation failed.". Archived assets are not listed.
 *
 * Business hours. day_of_week and recurring_days_of_week count from Monday (1) to Sunday (7).
 * A read lists all seven days, Monday first, for custom hours (custom_hour_type 0 for a
 * disabled day; ranges only for type 2, sorted, never overlapping; "HH:mm" 00:00–23:59; a range
 * must end after it starts — 3608 also answers an end equal to the start). Create: the days not
 * sent are disabled (its enum has no 0). Update (whose enum has 0 "Disabled"): the days sent
 * replace those weekdays, the others keep theirs; a week kept aside while the set is 24/7
 * comes back when hour_type goes back to 2. Name and time zone are required on create; zones are
 * IANA names, stored canonical ("Timezone does not exist." otherwise). `account_default: true`
 * makes the set the default (the previous one stops being it); false on the default answers
 * 3611. Deleting a set that queues or flows use: they fall back to the account default.
 *
 * Closures. Times are wall-clock times in the set's zone. Sent with an offset, it must be the
 * zone's offset at that time (3712 otherwise: the documents' own example, -04:00 for New York in
 * January, is refused); sent with `Z`, it is that UTC instant, converted. Reads give each time
 * with the zone's offset then (`Z` where it is zero). Changing a set's zone keeps the wall-clock
 * times. Recurrence, from start_time: Never — once. Annually/Specific — every year from
 * start_time's month and day to end_time's (recurring_month reads back as start_time's month;
 * a different one sent is refused 300). Monthly/Specific — every month, same days of the month
 * (months without the day are skipped). Weekly/Specific — every week; its one
 * recurring_days_of_week value is start_time's weekday (another is refused 300).
 * Customized: the occurrence starts on the Nth given weekday (recurring_week_interval 1–5, 5 =
 * the last: the fifth where there is one) of recurring_month (Annually) or of every month
 * (Monthly), at start_time's time of day, and lasts as long as start_time to end_time;
 * Weekly/Customized repeats every N weeks (1–12, else 300) on each given day. All-day closures
 * (closure_hour_type 1) cover whole days from start_time's date to end_time's date. Fields that
 * do not apply to a recurrence are dropped; several days only for Weekly/Customized. Closure and
 * set names are unique (case-insensitive). Update: an entry with closure_id changes only the
 * fields sent (or, with to_delete, removes the closure); closures not named keep theirs;
 * `account_default: false` changes nothing (a set stops being the default when another becomes
 * it). Create with no closures: 300.
 *
 * Queues. `{queueId}` takes the task queue's `queue_id` or the `cc_queue_id`.
 * account_default_business_hour / _closure_set read true when the queue follows the account
 * default; true in an update makes it follow (an id sent with it is ignored), an id alone
 * chooses that set, an empty operating_hours_closure_set_id leaves the queue without one. The
 * overflow targets must exist (an asset: a live audio asset).
 *
 * Flows. The export answers a JSON file (`application/json`, `Content-Disposition: attachment`)
 * whose shape the documents do not give: the flow, its published version and its widgets
 * (start, greeting, business hours, closures, route to queue, disconnect). Its unknown-flow
 * answer names `latest` as $flowVersion. Entry points: voice entry points are the account's
 * (the same ids a Phone IVR forwards to), the chat flow's is a web chat entry point.
 *
 * Assets. POST and PATCH take multipart/form-data as documented, item fields named
 * `asset_items[0][field]` or `asset_items[0].field`, files as parts named
 * `asset_items[0][upload_file]`; JSON is accepted too (the documents' example is JSON), with
 * `upload_file` in base64. A file is judged by its name's extension (the allowed list per type)
 * and by its bytes (RIFF/WAVE, MP3 frame or ID3, PNG, JPEG, GIF, PDF, MP4/MOV boxes); a JSON file
 * has no name, its bytes alone decide. Audio items are uploaded (the file wins if a voice is also
 * sent) or text-to-speech (asset_item_voice from the language's voices, asset_item_content the
 * text); the simulator's audio for them is a tone pattern. Text and saved-reply items need
 * content. An item without a name is named after its language. No default sent: the first item
 * (update: the previous default) is the default; one sent default replaces the previous one.
 * asset_name at most 150 characters (10005), asset_description 256 (10013); names are unique
 * among live assets, case-insensitive (10007). Update: the asset must be live (archived: 404 10009
 * unless restore is true, which also honours asset_name and nothing else); items with
 * asset_item_id change those fields, others are added; none is removed. DELETE archives a live
 * asset and deletes an archived one (so 10010 does not occur); an asset a queue's overflow or a
 * flow uses is refused (10002). Duplicate: 1–10 new names, each succeeding or failing on its
 * own. Batch item update: an entry names its item by language; one whose file or voice is
 * refused fails on its own with the code and sentence a single update would answer, one with
 * nothing to change with 300 "Nothing to update.". Uploaded bytes are held in memory, 256 MB
 * per simulator at most (10020 beyond), 5,000 assets and 200 categories at most.
 * `modified_by` is the account owner's user id (a Server-to-Server app acts for the account).
 */
