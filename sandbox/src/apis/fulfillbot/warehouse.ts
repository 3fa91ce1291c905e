/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { fulfillbotAuth } from './auth';
import { integerIdParams, notFound } from './common';
import { PACKAGE_STATUSES, type FulfillbotPackage } from './model';
import { pageOf, pageQuery } from './paging';
import { packageView } from './present';
import { fulfillbotRoute } from './route';

const listQuery = pageQuery.extend({ status: z.enum(PACKAGE_STATUSES).optional() });

/** Ready to go: in the warehouse and not held by a shipping order. */
export const isShippable = (p: FulfillbotPackage): boolean =>
	p.status === 'in_warehouse' && p.shippingOrderNo === null;

export function registerWarehouse(app: FastifyInstance, ctx: SandboxContext): void {
	const fb = () => ctx.state.fulfillbot;
	/** storageDays is counted on the sandbox clock, so moving the clock ages packages. */
	const view = (p: FulfillbotPackage) => packageView(p, ctx.clock.now());
	const mine = (userId: number, keep: (p: FulfillbotPackage) => boolean) =>
		fb().packages.filter((p) => p.userId === userId && keep(p));

	fulfillbotRoute(app, 'GET', '/warehouse/packages', { querystring: listQuery }, (request) => {
		const query = request.query as z.output<typeof listQuery>;
		const found = mine(
			fulfillbotAuth(request).user.id,
			(p) => !query.status || p.status === query.status,
		);
		return { data: pageOf(found, query, view) };
	});

	fulfillbotRoute(app, 'GET', '/warehouse/packages/stats', {}, (request) => {
		const all = mine(fulfillbotAuth(request).user.id, () => true);
		const counts: Record<string, number> = Object.fromEntries(PACKAGE_STATUSES.map((s) => [s, 0]));
		for (const p of all) counts[p.status] += 1;
		const shippable = all.filter(isShippable);
		return {
			data: {
				total: all.length,
				...counts,
				shippable: shippable.length,
				shippableWeight: shippable.reduce((sum, p) => sum + p.weight, 0),
			},
		};
	});

	fulfillbotRoute(
		app,
		'GET',
		'/warehouse/packages/shippable',
		{ querystring: pageQuery },
		(request) => {
			const found = mine(fulfillbotAuth(request).user.id, isShippable);
			return { data: pageOf(found, request.query as z.output<typeof pageQuery>, view) };
		},
	);

	fulfillbotRoute(app, 'GET', '/warehouse/packages/:id', { params: integerIdParams }, (request) => {
		const { id } = request.params as z.output<typeof integerIdParams>;
		const found = fb().packages.find(
			(p) => p.userId === fulfillbotAuth(request).user.id && p.id === id,
		);
		if (!found) throw notFound(`Package ${id} not found`);
		return { data: view(found) };
	});
}
