/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { SandboxContext } from '../../context';
import { fulfillbotAuth } from './auth';
import { countryCode, integerIdParams, notFound } from './common';
import type { FulfillbotAddress } from './model';
import { addressView } from './present';
import { fulfillbotRoute } from './route';

const required = z.string().trim().min(1, 'is required');
/** Inferred: the docs show no body for create/update; these are the fields GET /user/addresses returns. */
const fields = {
	name: required,
	phone: required,
	country: countryCode,
	state: z.string().trim().optional(),
	city: required,
	address: required,
	zipCode: required,
	isDefault: z.boolean().optional(),
};
const createBody = z.strictObject(fields);
const updateBody = z.strictObject(fields).partial();

export function registerAddresses(app: FastifyInstance, ctx: SandboxContext): void {
	const fb = () => ctx.state.fulfillbot;
	const mine = (userId: number) => fb().addresses.filter((a) => a.userId === userId);
	const find = (request: { params: unknown }, userId: number) => {
		const { id } = request.params as z.output<typeof integerIdParams>;
		const address = fb().addresses.find((a) => a.userId === userId && a.id === id);
		if (!address) throw notFound(`Address ${id} not found`);
		return address;
	};
	/** Exactly one default per user: setting one clears the others. */
	const makeDefault = (userId: number, address: FulfillbotAddress) => {
		for (const a of mine(userId)) a.isDefault = a === address;
	};

	fulfillbotRoute(app, 'GET', '/user/addresses', {}, (request) => ({
		data: mine(fulfillbotAuth(request).user.id).map(addressView),
	}));

	fulfillbotRoute(app, 'POST', '/user/addresses', { body: createBody }, (request, reply) => {
		const body = request.body as z.output<typeof createBody>;
		const userId = fulfillbotAuth(request).user.id;
		const first = mine(userId).length === 0;
		const address: FulfillbotAddress = {
			id: fb().sequences.address++,
			userId,
			...body,
			state: body.state ?? '',
			isDefault: false,
		};
		fb().addresses.push(address);
		if (body.isDefault || first) makeDefault(userId, address);
		return reply.code(201).send({ data: addressView(address) });
	});

	fulfillbotRoute(
		app,
		'PUT',
		'/user/addresses/:id',
		{ params: integerIdParams, body: updateBody },
		(request) => {
			const userId = fulfillbotAuth(request).user.id;
			const address = find(request, userId);
			const { isDefault, ...changes } = request.body as z.output<typeof updateBody>;
			Object.assign(address, changes);
			if (isDefault) makeDefault(userId, address);
			// Unsetting the only default leaves none; the first remaining address takes over.
			if (isDefault === false && address.isDefault) {
				address.isDefault = false;
				const other = mine(userId).find((a) => a !== address);
				(other ?? address).isDefault = true;
			}
			return { data: addressView(address) };
		},
	);

	fulfillbotRoute(app, 'DELETE', '/user/addresses/:id', { params: integerIdParams }, (request) => {
		const userId = fulfillbotAuth(request).user.id;
		const address = find(request, userId);
		fb().addresses = fb().addresses.filter((a) => a !== address);
		const rest = mine(userId);
		if (address.isDefault && rest.length > 0) rest[0].isDefault = true;
		return { data: { id: address.id, message: 'Address deleted' } };
	});
}
