import type {
	ShoplineFulfillment,
	ShoplineFulfillmentLine,
	ShoplineMoney,
	ShoplineOrder,
} from './model';

const money = (
	amount: string,
	currency: string,
): { presentment_money: ShoplineMoney; shop_money: ShoplineMoney } => ({
	presentment_money: { amount, currency_code: currency },
	shop_money: { amount, currency_code: currency },
});

/** A fulfillment line in the create answer's shape (docs/api-notes.md#shopline-fulfillment-create; price_set, tax_lines, total_discount_set). */
function fulfillmentLineView(
	line: ShoplineFulfillmentLine,
	currency: string,
): Record<string, unknown> {
	return {
		...line,
		price_set: money(line.price, currency),
		tax_lines: [{ price: '0.00', price_set: money('0.00', currency), rate: '0', title: 'VAT' }],
		total_discount_set: money(line.total_discount, currency),
	};
}

/**
 * A fulfillment as the create answer shows it (docs/api-notes.md#shopline-fulfillment-create). The deprecated single tracking fields mirror the first
 * tracking_info_list entry; the plural ones list every entry.
 */
export function fulfillmentView(f: ShoplineFulfillment, currency: string): Record<string, unknown> {
	const first = f.tracking_info_list[0];
	return {
		id: f.id,
		name: f.name,
		order_id: f.order_id,
		status: f.status,
		shipment_status: f.shipment_status,
		line_items: f.line_items.map((l) => fulfillmentLineView(l, currency)),
		tracking_info_list: f.tracking_info_list,
		tracking_company: first?.tracking_company ?? null,
		tracking_number: first?.tracking_number ?? null,
		tracking_numbers: f.tracking_info_list
			.map((t) => t.tracking_number)
			.filter((n): n is string => n !== null),
		tracking_url: first?.tracking_url ?? null,
		tracking_urls: f.tracking_info_list
			.map((t) => t.tracking_url)
			.filter((u): u is string => u !== null),
		created_at: f.created_at,
		updated_at: f.updated_at,
	};
}

/** An order as the API sends it: no internal fields; `fields` (if given) keeps only those keys. */
export function orderView(
	order: ShoplineOrder,
	fields?: readonly string[],
): Record<string, unknown> {
	const full: Record<string, unknown> = {
		...order,
		fulfillments: order.fulfillments.map((f) => fulfillmentView(f, order.currency)),
	};
	delete full.handle;
	if (!fields?.length) return full;
	return Object.fromEntries(fields.filter((f) => f in full).map((f) => [f, full[f]]));
}
