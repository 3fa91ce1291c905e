 
import { isoWithOffset } from '../../core/clock';
import type { StatusMachineRegistry } from '../../core/statusMachines';
import type { SandboxState } from '../../state';
import { FULFILLMENT_STATUSES } from './model';

/** Status machines for `POST /__sandbox/advance {api: 'shopline', kind}`. */
export function registerShoplineMachines(registry: StatusMachineRegistry<SandboxState>): void {
	registry.register({
		api: 'shopline',
		kind: 'order',
		statuses: FULFILLMENT_STATUSES,
		terminal: ['shipped'],
		idField: 'id',
		statusField: 'fulfillment_status',
		records: (state) => state.shopline.orders,
		// A cancelled order does not ship.
		eligible: (order) => order.status !== 'cancelled',
		// Polling triggers key on updated_at, so every change must bump it.
		onAdvance: (order, _from, _to, now) => {
			order.updated_at = isoWithOffset(now);
		},
	});
}
