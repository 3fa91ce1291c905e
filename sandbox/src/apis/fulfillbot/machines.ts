 
import { isoSeconds } from '../../core/clock';
import type { StatusMachineRegistry } from '../../core/statusMachines';
import type { SandboxState } from '../../state';
import { PURCHASE_ORDER_STATUSES } from './model';

/** Status machines for `POST /__sandbox/advance {api: 'fulfillbot', kind}`. */
export function registerFulfillbotMachines(registry: StatusMachineRegistry<SandboxState>): void {
	registry.register({
		api: 'fulfillbot',
		kind: 'order',
		// The documented purchase-order statuses, in order; cancelled is a dead end.
		statuses: PURCHASE_ORDER_STATUSES.filter((s) => s !== 'cancelled'),
		terminal: ['completed', 'cancelled'],
		idField: 'orderNo',
		statusField: 'status',
		records: (state) => state.fulfillbot.orders,
		onAdvance: (order, _from, to, now) => {
			order.updatedAt = isoSeconds(now);
			// The warehouse-bound parcel gets a domestic tracking number once the seller ships.
			if (to === 'shipped_to_warehouse' && !order.logistics) {
				order.logistics = { trackingNo: `SF${String(now).slice(-10)}`, carrier: 'SF Express' };
			}
		},
	});
}
