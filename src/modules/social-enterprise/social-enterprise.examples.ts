import type { PlaygroundExample } from '../core';

export const socialEnterpriseExamples: PlaygroundExample[] = [];
