export const GROUP_KINDS = ["INTERVISION", "SUPERVISION", "TRAINING", "NETWORK_MEETING"] as const;

export interface GroupActivityRecord {
  id: string;
  kind: (typeof GROUP_KINDS)[number];
  title: string;
  startsAt: string;
  endsAt: string;
  capacity: number;
  placesLeft: number;
  onlineUrl?: string | null;
  recurrence?: string | null;
  seriesId?: string | null;
  qualificationCode?: string | null;
  cancelledAt?: string | null;
  canManage: boolean;
  /** By the server's clock. */
  begun: boolean;
  location?: { lat: number; lon: number } | null;
  organisation?: { id: string; name: string } | null;
  counts: { invited: number; attending: number; notAttending: number; attended: number };
  myInvitation?: {
    id: string;
    answer: "ATTENDING" | "NOT_ATTENDING" | null;
    attended: boolean;
    ownActivityDraft?: { activity: string; date: string; hours: number; note: string } | null;
  } | null;
  invitations?: { id: string; answer: "ATTENDING" | "NOT_ATTENDING" | null; attended: boolean; keyPerson: { id: string; displayName: string } }[];
}
