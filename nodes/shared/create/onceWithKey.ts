import type { LedgerCreate } from './idempotency';
import { checkIdempotencyKey, ledgerFirst } from './idempotency';
import type { Paginate } from '../transport/routingSteps';
import { sendOnce } from './sendOnce';

/** An API's paced create: `pacing(...).create` of shared/transport/pacedSend.ts. */
type PacedCreate = (what: string, send: Paginate) => Paginate;

/**
 * The routing of a money-moving create whose API cannot find a record by key, so the node keeps a
 * ledger (idempotency.ts): `check`, the first preSend step, refuses a bad key before anything is built
 * or sent; `pagination` (with `send.paginate: true`) returns the record a repeated key created, or paces
 * and sends exactly one request (sendOnce.ts).
 */
export function onceWithKey(api: string, paced: PacedCreate, ledger: LedgerCreate) {
	return {
		check: checkIdempotencyKey(ledger.credential),
		pagination: ledgerFirst(
			ledger,
			paced(ledger.what, sendOnce(api, ledger.what, ledger.checkFirst)),
		),
	};
}
