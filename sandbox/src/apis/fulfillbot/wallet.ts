/* eslint-disable @n8n/community-nodes/no-restricted-imports -- dev-only code, never packed (package.json files: ["dist"]) */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import type { SandboxContext } from '../../context';
import { fulfillbotAuth } from './auth';
import { round2, without } from './common';
import { ledger } from './ledger';
import { newestFirst, pageOf, pageQuery } from './paging';
import { fulfillbotRoute } from './route';

export function registerWallet(app: FastifyInstance, ctx: SandboxContext): void {
	fulfillbotRoute(app, 'GET', '/user/wallet/balance', {}, (request) => {
		const wallet = ledger(ctx.state.fulfillbot, fulfillbotAuth(request).user.id).wallet;
		return {
			data: {
				balance: wallet.balance,
				frozenBalance: wallet.frozenBalance,
				availableBalance: round2(wallet.balance - wallet.frozenBalance),
				currency: wallet.currency,
			},
		};
	});

	fulfillbotRoute(
		app,
		'GET',
		'/user/wallet/transactions',
		{ querystring: pageQuery },
		(request) => {
			const userId = fulfillbotAuth(request).user.id;
			const mine = newestFirst(ctx.state.fulfillbot.transactions, (t) => t.userId === userId);
			return {
				data: pageOf(mine, request.query as z.output<typeof pageQuery>, (t) =>
					without(t, 'userId'),
				),
			};
		},
	);
}
