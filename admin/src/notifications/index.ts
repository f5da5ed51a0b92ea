import OutboxIcon from "@mui/icons-material/Outbox";
import { NotificationList } from "./NotificationList";

/** The e-mail outbox (coordinators): what was sent, what waits, what failed, and who bounced. */
export default {
  list: NotificationList,
  icon: OutboxIcon,
  recordRepresentation: "subject",
  options: { label: "notifications.menu.outbox" },
};
