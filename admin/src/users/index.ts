import UserIcon from "@mui/icons-material/ManageAccounts";
import { UserCreate } from "./UserCreate";
import { UserList } from "./UserList";

export default {
  list: UserList,
  create: UserCreate,
  icon: UserIcon,
  recordRepresentation: "email",
};
