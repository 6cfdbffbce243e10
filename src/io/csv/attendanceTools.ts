/**
 * The attendance exports {@link parseAttendanceCsv} knows, and for each, the
 * header names (aliases, first one preferred) under which it writes each
 * column. Header names are compared ignoring case and runs of spaces. Data, so
 * a new variant of an export is one line here.
 *
 * @example
 * ```ts
 * ATTENDANCE_COLUMN_ALIASES.zoom.joinTime; // → ['Join Time', 'Join time', 'Join Time (UTC)']
 * ```
 */
export const ATTENDANCE_COLUMN_ALIASES = {
  /** Zoom: Reports → Usage → a meeting's Participants → Export (with or without the meeting data preamble). */
  zoom: {
    name: ['Name (Original Name)', 'Name (original name)', 'Name', 'Participant', 'User Name'],
    email: ['User Email', 'Email', 'Email Address'],
    joinTime: ['Join Time', 'Join time', 'Join Time (UTC)'],
    leaveTime: ['Leave Time', 'Leave time', 'Leave Time (UTC)'],
    duration: ['Duration (Minutes)', 'Duration (minutes)', 'Duration'],
    guest: ['Guest'],
    waitingRoom: ['In waiting room', 'In Waiting Room'],
  },
  /** Meetup: an event's Attendees → Download (CSV). */
  meetup: {
    name: ['Name', 'Member Name'],
    sourceId: ['User ID', 'Member ID'],
    rsvp: ['RSVP', 'RSVP Response', 'Response'],
    attended: ['Attended', 'Attendance', 'Attendance Status'],
    registeredAt: ['RSVPed on', 'RSVP Date', 'RSVPed On'],
  },
  /** Luma: an event's Manage → Guests → Download as CSV. */
  luma: {
    name: ['name'],
    firstName: ['first_name'],
    lastName: ['last_name'],
    email: ['email'],
    sourceId: ['api_id'],
    approval: ['approval_status'],
    checkedIn: ['checked_in_at'],
    registeredAt: ['created_at'],
  },
  /** Eventbrite: Manage events → Reports → Attendee summary → Export (CSV). */
  eventbrite: {
    firstName: ['First Name'],
    lastName: ['Last Name'],
    email: ['Email', 'Email Address'],
    sourceId: ['Attendee #', 'Attendee ID', 'Attendee Id'],
    status: ['Attendee Status'],
    checkedIn: ['Checked In', 'Check-In Date', 'Checked in'],
    registeredAt: ['Order Date', 'Order date'],
  },
} as const;

/** The tools with an alias map in {@link ATTENDANCE_COLUMN_ALIASES}. */
export type AttendanceTool = keyof typeof ATTENDANCE_COLUMN_ALIASES;

/**
 * The columns each tool's export must have to be recognised (by key of
 * {@link ATTENDANCE_COLUMN_ALIASES}); a file without them is refused, naming
 * the columns expected and those found.
 *
 * @example
 * ```ts
 * ATTENDANCE_REQUIRED_COLUMNS.luma; // → ['name', 'email', 'checkedIn']
 * ```
 */
export const ATTENDANCE_REQUIRED_COLUMNS: { readonly [T in AttendanceTool]: readonly string[] } = {
  zoom: ['name', 'joinTime'],
  meetup: ['name', 'rsvp'],
  luma: ['name', 'email', 'checkedIn'],
  eventbrite: ['firstName', 'lastName', 'status'],
};
