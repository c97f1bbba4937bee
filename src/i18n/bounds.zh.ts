/** 输出的上限(中文):列出前几项,其余只给数目。 */
export const zhBounds = {
  moreFiles: (n: number) => `…还有 ${n} 个文件`,
  moreProblems: (n: number) => `…还有 ${n} 个问题(加 --max-problems 0 全部列出)`,
  moreFilesWithProblems: (n: number) => `…还有 ${n} 个文件有问题(加 --max-problems 0 全部列出)`,
};

export type BoundsText = typeof zhBounds;
