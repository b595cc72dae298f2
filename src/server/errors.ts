/**
 * The service's error answers: one envelope for every error (`ok: false`, a code, the message in both languages and
 * in the language asked for), never a stack trace or a path of the machine.
 */
import type { InvalidIncident } from '../incident/errors.js';
import { t, type Bilingual } from '../vocabulary/text.js';
import type { ErrorBody, ErrorCode, ServiceLanguage } from './schemas.js';

/** The codes of the service's errors with a fixed message. @internal */
export type OwnErrorCode = Exclude<ErrorCode, 'invalid_incident' | 'invalid_presume'>;

/** The messages of the service's own errors. */
const MESSAGES: Readonly<Record<OwnErrorCode, Bilingual>> = {
  malformed_json: t('Badan permintaan bukan JSON yang valid.', 'The request body is not valid JSON.'),
  incomplete_body: t('Badan permintaan tidak terkirim seluruhnya.', 'The request body was not sent in full.'),
  payload_too_large: t('Badan permintaan terlalu besar.', 'The request body is too large.'),
  request_timeout: t('Permintaan tidak selesai dalam batas waktu.', 'The request did not complete in time.'),
  not_found: t('Alamat tidak ditemukan.', 'No such resource.'),
  unknown_legal_basis: t('Dasar hukum dengan id ini tidak ada.', 'There is no legal basis with this id.'),
  method_not_allowed: t('Metode tidak diizinkan untuk alamat ini.', 'Method not allowed for this resource.'),
  not_ready: t('Data hukum belum dimuat.', 'The law is not loaded.'),
  internal_error: t('Terjadi kesalahan internal.', 'An internal error occurred.'),
};

/**
 * The answer for one of the service's own errors.
 * @internal
 */
export function serviceError(code: OwnErrorCode, language: ServiceLanguage): ErrorBody {
  const message = MESSAGES[code];
  return { ok: false, error: { code, message, text: message[language] } };
}

/**
 * The library's answer for an invalid incident, as it is, with the message and each issue also in the language asked
 * for (`text`).
 * @internal
 */
export function invalidIncident(answer: InvalidIncident, language: ServiceLanguage): ErrorBody {
  return {
    ...answer,
    error: {
      ...answer.error,
      text: answer.error.message[language],
      issues: answer.error.issues.map((issue) => ({ ...issue, text: issue.message[language] })),
    },
  };
}

/**
 * The answer for a bad `presume` query parameter: its bilingual message, which names the parameter and what it takes.
 * @internal
 */
export function invalidPresume(message: Bilingual, language: ServiceLanguage): ErrorBody {
  return { ok: false, error: { code: 'invalid_presume', message, text: message[language] } };
}
