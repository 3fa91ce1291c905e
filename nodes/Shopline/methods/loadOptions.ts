import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { records } from '../helpers/output';
import { shoplineGet } from '../helpers/shoplineGet';

const text = (value: unknown) => (value === undefined || value === null ? '' : String(value));

/** The line items of the order in `orderId` (orders.json?ids=): "Title – Variant (SKU) · 2 left" → id. */
export async function getOrderLineItems(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const orderId = text(this.getCurrentNodeParameter('orderId')).trim();
	if (!/^\d+$/.test(orderId)) return [];
	const { body } = await shoplineGet(this, '/orders.json', { ids: orderId, status: 'any' });
	const order = records(body, 'orders').find((o) => text(o.id) === orderId);
	const lines = Array.isArray(order?.line_items) ? (order.line_items as IDataObject[]) : [];
	return lines.map((line) => {
		const title = [text(line.title) || text(line.name), text(line.variant_title)].filter(Boolean).join(' – ');
		const left = line.fulfillable_quantity === undefined ? '' : `${text(line.fulfillable_quantity)} left to ship`;
		return {
			name: `${title || `Line item ${text(line.id)}`}${line.sku ? ` (${text(line.sku)})` : ''}`,
			value: text(line.id),
			description: [left, `ID ${text(line.id)}`].filter(Boolean).join(' · '),
		};
	});
}
