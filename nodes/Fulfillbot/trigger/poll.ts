import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { collectPages } from '../../shared/paging';
import { advance, fromStatic, prime, toStatic, type Change } from '../../shared/statusChanges';
import { fulfillbotGet, records } from '../helpers/fulfillbotGet';
import { FULFILLBOT_MAX_PAGE_SIZE } from '../helpers/paging';
import { SOURCES, type Source } from './sources';

async function getPage(ctx: IPollFunctions, path: string, qs: IDataObject): Promise<{ items: IDataObject[]; total?: number }> {
	const data = (await fulfillbotGet(ctx, path, qs)) as { total?: number } | undefined;
	return { items: records(data), total: data?.total };
}

/** Every record of a source, oldest first (the API lists newest first). */
async function fetchAll(ctx: IPollFunctions, source: Source): Promise<IDataObject[]> {
	const all = await collectPages(Infinity, FULFILLBOT_MAX_PAGE_SIZE, async ({ page }, limit) => {
		const { items, total } = await getPage(ctx, source.path, { page, limit });
		return { records: items, total };
	});
	return all.reverse();
}

function toItem(event: string, change: Pick<Change<IDataObject>, 'previousStatus' | 'status' | 'record'>): INodeExecutionData {
	return { json: { event, previousStatus: change.previousStatus, ...change.record, status: change.status } };
}

function wantedChange(ctx: IPollFunctions, source: Source, change: Change<IDataObject>, events: string[]): string | null {
	if (change.kind === 'created') {
		if (source.createdEvent && events.includes(source.createdEvent)) return source.createdEvent;
		// Created and moved on between two polls (e.g. a shipping order already shipped): that move is a
		// change too, reported with previousStatus null.
		const movedOn = source.initialStatus !== undefined && change.status !== source.initialStatus;
		if (!movedOn) return null;
	}
	if (!source.changedEvent || !events.includes(source.changedEvent)) return null;
	if (source.key === 'purchaseOrders') {
		const only = ctx.getNodeParameter('statuses', []) as string[];
		if (only.length && !only.includes(change.status)) return null;
	}
	return source.changedEvent;
}

function sourcesFor(events: string[]): Source[] {
	return SOURCES.filter((s) => (s.createdEvent && events.includes(s.createdEvent)) || (s.changedEvent && events.includes(s.changedEvent)));
}

/** "Fetch Test Event": the newest record of the first selected event's list, state untouched. */
async function sample(ctx: IPollFunctions, events: string[]): Promise<INodeExecutionData[][]> {
	for (const source of sourcesFor(events)) {
		const qs: IDataObject = { page: 1, limit: 1 };
		const only = source.key === 'purchaseOrders' ? (ctx.getNodeParameter('statuses', []) as string[]) : [];
		if (only.length) qs.status = only[0];
		const [latest] = (await getPage(ctx, source.path, qs)).items;
		if (latest) {
			const event = (events.includes(source.changedEvent ?? '') ? source.changedEvent : source.createdEvent) as string;
			return [[toItem(event, { previousStatus: null, status: String(latest.status), record: latest })]];
		}
	}
	throw new NodeOperationError(ctx.getNode(), 'No matching record found in Fulfillbot', {
		description: 'Create a purchase order (or a package / shipping order, for those events) and fetch again.',
	});
}

export async function pollFulfillbot(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const events = this.getNodeParameter('events', []) as string[];
	if (this.getMode() === 'manual') return await sample(this, events);

	const data = this.getWorkflowStaticData('node');
	const out: INodeExecutionData[] = [];
	for (const source of sourcesFor(events)) {
		const previous = fromStatic(data[source.key] as IDataObject | undefined);
		let records: IDataObject[];
		try {
			records = await fetchAll(this, source);
		} catch (error) {
			// Before the first state is saved, or for errors the user must fix (key, scope), fail loudly.
			// Passing trouble (429, 5xx, network) leaves the state as it was: the next poll catches up.
			const code = error instanceof NodeApiError ? error.httpCode : null;
			if (!previous || code === '401' || code === '403') throw error;
			this.logger.warn(`Fulfillbot Trigger: poll of ${source.path} failed, retrying next poll: ${(error as Error).message}`);
			continue;
		}
		if (!previous) {
			data[source.key] = toStatic(prime(records, source.shape));
			continue;
		}
		const { changes, state } = advance(previous, records, source.shape);
		for (const change of changes) {
			const event = wantedChange(this, source, change, events);
			if (event) out.push(toItem(event, change));
		}
		data[source.key] = toStatic(state);
	}
	return out.length ? [out] : null;
}
