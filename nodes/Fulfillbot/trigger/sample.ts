import type { IDataObject } from 'n8n-workflow';

import { toItem } from './items';
import type { FulfillbotReader } from './reader';
import { sourcesFor } from './sources';

/**
 * "Fetch Test Event": the newest record of the first selected event's list (one request a list), shaped
 * like that event's items; undefined when no list has one. `statuses` ("Only to Statuses") narrows the
 * purchase orders to the first of them. The trigger's state is not touched.
 */
export async function sampleEvent(
	reader: FulfillbotReader,
	events: string[],
	statuses: string[],
): Promise<IDataObject | undefined> {
	for (const source of sourcesFor(events)) {
		const only = source.key === 'purchaseOrders' ? statuses : [];
		const [latest] = (await reader.page(source.path, 1, 1, only[0])).items;
		if (latest) {
			const event = (
				events.includes(source.changedEvent ?? '') ? source.changedEvent : source.createdEvent
			) as string;
			return toItem(event, { previousStatus: null, status: String(latest.status), record: latest });
		}
	}
	return undefined;
}
