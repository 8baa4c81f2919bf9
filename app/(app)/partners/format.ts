export { formatDay, formatMoment, isOverdue } from '@/lib/dates';
