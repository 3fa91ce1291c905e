/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import type { SandboxContext } from '../../context';
import { s2Auth } from './auth';
import { inOrg } from './common';
import { presentProduct, presentWarehouse } from './present';

export function registerInventory(app: FastifyInstance, ctx: SandboxContext): void {
	/**
	 * GET /inventory/overview -> {warehouses, products, items}. The docs name only the three keys; each
	 * item's fields (warehouseId, productId, quantityOnHand / Allocated / Available) are inferred.
	 */
	app.get('/inventory/overview', async (request) => {
		const { organizationId } = s2Auth(request);
		const s2 = ctx.state.s2;
		return {
			warehouses: inOrg(s2, 'warehouses', organizationId).map((w) => presentWarehouse(s2, w)),
			products: inOrg(s2, 'products', organizationId).map((p) => presentProduct(s2, p)),
			items: inOrg(s2, 'inventory', organizationId).map(
				({ warehouseId, productId, quantityOnHand, quantityAllocated, quantityAvailable }) => ({
					warehouseId,
					productId,
					quantityOnHand,
					quantityAllocated,
					quantityAvailable,
				}),
			),
		};
	});
}
