using CitizenFocus.Organisation;

namespace CitizenFocus.Web.Pages.Shared;

/// <summary>Staff roles in plain English, singular or plural.</summary>
public static class StaffRoleNames
{
    public static string Name(StaffRole role, int count = 1) => (role, count == 1) switch
    {
        (StaffRole.Sergeant, true) => "sergeant", (StaffRole.Sergeant, false) => "sergeants",
        (StaffRole.Constable, true) => "PC", (StaffRole.Constable, false) => "PCs",
        (StaffRole.Pcso, true) => "PCSO", (StaffRole.Pcso, false) => "PCSOs",
        (StaffRole.Special, true) => "special constable", (StaffRole.Special, false) => "special constables",
        (StaffRole.Volunteer, true) => "volunteer", (StaffRole.Volunteer, false) => "volunteers",
        (StaffRole.Inspector, true) => "inspector", (StaffRole.Inspector, false) => "inspectors",
        (StaffRole.SchoolsOfficer, true) => "safer schools officer", (StaffRole.SchoolsOfficer, false) => "safer schools officers",
        _ => role.ToString(),
    };

    public static string Title(StaffRole role)
    {
        var name = Name(role);
        return char.ToUpperInvariant(name[0]) + name[1..];
    }
}
