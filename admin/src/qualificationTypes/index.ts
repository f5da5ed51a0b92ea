import SchoolIcon from "@mui/icons-material/School";
import { QualificationTypeCreate, QualificationTypeEdit } from "./QualificationTypeEdit";
import { QualificationTypeList } from "./QualificationTypeList";

export default {
  list: QualificationTypeList,
  create: QualificationTypeCreate,
  edit: QualificationTypeEdit,
  icon: SchoolIcon,
  recordRepresentation: "code",
  options: { label: "qualifications.menu" },
};
