// The Today feature's public surface for the router and other features.
export { arrivedCaseIds, type Arrivals, type TodayRouteState } from './arrivals';
export { TodayPage } from './TodayPage';
