import type { IDataObject } from 'n8n-workflow';

import type { Change } from '../../shared/poll/statusChanges';

/** An output item: the event, the status before (null: new, or never seen), the record, its status now. */
export function toItem(
	event: string,
	change: Pick<Change<IDataObject>, 'previousStatus' | 'status' | 'record'>,
): IDataObject {
	return { event, previousStatus: change.previousStatus, ...change.record, status: change.status };
}
