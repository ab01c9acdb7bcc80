/**
 * Vitest setup: under Node there is no `i18n.getMessage`, so the words come from the same English
 * `messages.json` the extension ships, and tests assert on what a reader would read.
 */
import messages from '../../../_locales/en/messages.json';
import { lookupIn, setMessageLookup } from '../i18n.ts';

setMessageLookup(lookupIn(messages));
