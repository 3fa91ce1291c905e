import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { records } from '../helpers/output';
import { shoplineGet } from '../helpers/shoplineGet';
import { rawText } from '../../shared/input/parameters';

/** The line items of the order in `orderId` (orders.json?ids=): "Title – Variant (SKU) · 2 left" → id. */
export async function getOrderLineItems(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const orderId = rawText(this.getCurrentNodeParameter('orderId')).trim();
	if (!/^\d+$/.test(orderId)) return [];
	const { body } = await shoplineGet(this, '/orders.json', { ids: orderId, status: 'any' });
	const order = records(body, 'orders').find((o) => rawText(o.id) === orderId);
	const lines = Array.isArray(order?.line_items) ? (order.line_items as IDataObject[]) : [];
	return lines.map((line) => {
		const title = [rawText(line.title) || rawText(line.name), rawText(line.variant_title)]
			.filter(Boolean)
			.join(' – ');
		const left =
			line.fulfillable_quantity === undefined
				? ''
				: `${rawText(line.fulfillable_quantity)} left to ship`;
		return {
			name: `${title || `Line item ${rawText(line.id)}`}${line.sku ? ` (${rawText(line.sku)})` : ''}`,
			value: rawText(line.id),
			description: [left, `ID ${rawText(line.id)}`].filter(Boolean).join(' · '),
		};
	});
}
