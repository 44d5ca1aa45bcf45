import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The real-pod tier first: it is the longest file by far and runs its scenarios one after another on the
 * real node, so it starts at once in one fork while the other fork works through the kwok matrix.
 */
export default class RealPodsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const first = (f: TestSpecification) => (f.moduleId.endsWith('real-platform.test.ts') ? 0 : 1);
    return [...sorted].sort((a, b) => first(a) - first(b));
  }
}
