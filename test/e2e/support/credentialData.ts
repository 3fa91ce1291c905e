/** The data of the sandbox credentials, against the sandbox at `url` (no trailing slash). */
import { FULFILLBOT_KEYS, FULFILLBOT_WEBHOOK_SECRETS, SHOPLINE } from '../../../sandbox/src';

export const fulfillbotCredentialData = (url: string) => ({
	apiKey: FULFILLBOT_KEYS.all,
	baseUrl: `${url}/fulfillbot/api/v1/open`,
	webhookSecret: FULFILLBOT_WEBHOOK_SECRETS.all,
});

export const shoplineCredentialData = (url: string) => ({
	handle: SHOPLINE.handle,
	accessToken: SHOPLINE.token,
	apiVersion: SHOPLINE.version,
	baseUrlOverride: `${url}/shopline/${SHOPLINE.handle}`,
});

/** With the app secret, which the SHOPLINE Webhook Trigger verifies deliveries with. */
export const shoplineHookCredentialData = (url: string) => ({
	...shoplineCredentialData(url),
	appSecret: SHOPLINE.appSecret,
});
