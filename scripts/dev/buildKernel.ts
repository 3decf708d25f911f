import { writeFileSync } from 'node:fs';
import { compileKernel, kernelModuleText, KERNEL_MODULE } from './kernel';

const binary = await compileKernel();
writeFileSync(KERNEL_MODULE, kernelModuleText(binary));
console.log(`tabu kernel: ${binary.length} bytes → ${KERNEL_MODULE}`);
