// The time zones both test suites run under, with the same expectations in each. A date that moves
// with the machine's zone is a bug that only zones far from UTC show: both sides of it, both ends of
// the date line (Kiritimati +14, Pago Pago -11), and the half- and three-quarter-hour offsets
// (St. John's -3:30, Kolkata +5:30, Chatham +13:45) that whole-hour arithmetic gets wrong.
export const TEST_ZONES = [
  'UTC',
  'America/Los_Angeles',
  'Asia/Kolkata',
  'Pacific/Kiritimati',
  'Pacific/Pago_Pago',
  'America/St_Johns',
  'Pacific/Chatham',
];
