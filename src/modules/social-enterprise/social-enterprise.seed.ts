import type { Context } from '../core';

export async function seedSocialEnterprise(_ctx: Context): Promise<void> {}
