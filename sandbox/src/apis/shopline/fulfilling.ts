import type {
	FulfillmentStatus,
	ShoplineFulfillment,
	ShoplineLineItem,
	ShoplineOrder,
	ShoplineState,
	ShoplineTrackingInfo,
} from './model';

/** One requested line: which order line and how many units. */
export interface FulfillLine {
	id: string;
	quantity: number;
}

/** Line and order fulfillment_status follow the quantities still to ship (requires_shipping lines only). */
export function recomputeOrder(order: ShoplineOrder): void {
	let total = 0;
	let remaining = 0;
	for (const line of order.line_items) {
		line.fulfillment_status =
			line.fulfillable_quantity === line.quantity
				? null
				: line.fulfillable_quantity === 0
					? 'fulfilled'
					: 'partial';
		if (!line.requires_shipping) continue;
		total += line.quantity;
		remaining += line.fulfillable_quantity;
	}
	const status: FulfillmentStatus =
		remaining === total ? 'unshipped' : remaining === 0 ? 'shipped' : 'partial';
	order.fulfillment_status = status;
}

/** Units still to ship on the order. */
export function remainingUnits(order: ShoplineOrder): number {
	return order.line_items.reduce(
		(sum, l) => sum + (l.requires_shipping ? l.fulfillable_quantity : 0),
		0,
	);
}

function nextFulfillmentId(state: ShoplineState): string {
	const seq = state.nextFulfillmentSeq++;
	return `4${String(seq).padStart(15, '0')}`;
}

/**
 * Ships `lines` (already checked against fulfillable quantities): takes the units off the order,
 * records the fulfillment on it and bumps updated_at, so cursor-based pollers see the order again.
 */
export function createFulfillment(
	state: ShoplineState,
	order: ShoplineOrder,
	lines: FulfillLine[],
	tracking: ShoplineTrackingInfo[],
	notifyCustomer: boolean,
	at: string,
): ShoplineFulfillment {
	const fulfilledLines = lines.map(({ id, quantity }) => {
		const line = order.line_items.find((l) => l.id === id) as ShoplineLineItem;
		line.fulfillable_quantity -= quantity;
		return {
			...line,
			fulfillment_quantity: quantity,
			fulfillment_status:
				line.fulfillable_quantity === 0 ? ('fulfilled' as const) : ('partial' as const),
			version: '0',
		};
	});
	const fulfillment: ShoplineFulfillment = {
		id: nextFulfillmentId(state),
		name: `${order.name}.${order.fulfillments.length + 1}`,
		order_id: order.id,
		status: 'success',
		shipment_status: null,
		notify_customer: notifyCustomer,
		line_items: fulfilledLines,
		tracking_info_list: tracking,
		created_at: at,
		updated_at: at,
	};
	order.fulfillments.push(fulfillment);
	recomputeOrder(order);
	order.updated_at = at;
	return fulfillment;
}

/** Cancels a fulfillment: its units go back to the order lines. */
export function cancelFulfillment(
	order: ShoplineOrder,
	fulfillment: ShoplineFulfillment,
	at: string,
): void {
	fulfillment.status = 'cancelled';
	fulfillment.updated_at = at;
	for (const shipped of fulfillment.line_items) {
		const line = order.line_items.find((l) => l.id === shipped.id);
		if (line)
			line.fulfillable_quantity = Math.min(
				line.quantity,
				line.fulfillable_quantity + shipped.fulfillment_quantity,
			);
	}
	recomputeOrder(order);
	order.updated_at = at;
}

/** Every unit still to ship, line by line. */
export function allRemaining(order: ShoplineOrder): FulfillLine[] {
	return order.line_items
		.filter((l) => l.requires_shipping && l.fulfillable_quantity > 0)
		.map((l) => ({ id: l.id, quantity: l.fulfillable_quantity }));
}

/**
 * A strict part of what remains (for "ship partially"): the first open line, or all but one unit
 * of it when it is the only one. Empty when fewer than 2 units remain.
 */
export function partOfRemaining(order: ShoplineOrder): FulfillLine[] {
	const open = allRemaining(order);
	if (remainingUnits(order) < 2) return [];
	const [first] = open;
	return open.length > 1 ? [first] : [{ id: first.id, quantity: first.quantity - 1 }];
}
