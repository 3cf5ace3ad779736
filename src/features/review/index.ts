export { Comments } from './Comments.tsx';
export { useReviewHandle } from './useReview.ts';
