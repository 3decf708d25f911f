import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileKernel, kernelModuleText, KERNEL_MODULE } from '../../../../../scripts/dev/kernel';

describe('committed tabu kernel', () => {
  it('is the compiled kernel source (run `npm run build:kernel` after changing kernel/assembly/)', async () => {
    const binary = await compileKernel();
    expect(readFileSync(KERNEL_MODULE, 'utf8')).toBe(kernelModuleText(binary));
  });
});
