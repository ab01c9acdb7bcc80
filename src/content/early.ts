/**
 * The content script's first part, run at document_start on every http(s) page: it only asks for
 * the reader's settings (see `shared/early-settings.ts`), so the reading that starts once the page
 * is parsed (`main.ts`, at document_idle) finds the answer in rather than waiting for it. It reads
 * nothing of the page.
 */
import { readSettingsEarly } from '../shared/early-settings.ts';

readSettingsEarly();
