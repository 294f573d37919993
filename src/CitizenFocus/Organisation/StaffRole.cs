namespace CitizenFocus.Organisation;

public enum StaffRole
{
    Sergeant = 0,
    Constable = 1,
    Pcso = 2,
    Special = 3,
    Volunteer = 4,
    Inspector = 5,
    SchoolsOfficer = 6,
}
