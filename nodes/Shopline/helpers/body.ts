import type { IDataObject } from 'n8n-workflow';

/** A line item to ship: `id` as exact digits (see checks.ts longId). */
export interface LineItem {
	id: string;
	quantity: number;
}

/**
 * The JSON text of {"fulfillment": {...}}. Line item IDs are longs and go out as JSON numbers, as
 * in the docs' example ("id": 12345678901234; docs/api-notes.md#shopline-fulfillment-create), written digit for digit: JSON.stringify of a JS
 * number would round any ID above 2^53.
 */
export function fulfillmentJson(lineItems: LineItem[] | undefined, rest: IDataObject): string {
	const parts: string[] = [];
	if (lineItems) {
		const items = lineItems.map(({ id, quantity }) => {
			if (!/^\d+$/.test(id)) throw new Error(`line item id ${JSON.stringify(id)} is not digits`);
			return `{"id":${id},"quantity":${JSON.stringify(quantity)}}`;
		});
		parts.push(`"line_items":[${items.join(',')}]`);
	}
	const others = JSON.stringify(rest);
	if (others !== '{}') parts.push(others.slice(1, -1));
	return `{"fulfillment":{${parts.join(',')}}}`;
}
