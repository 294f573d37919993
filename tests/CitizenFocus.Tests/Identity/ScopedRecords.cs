using CitizenFocus.Calls;
using CitizenFocus.Contact;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Data;
using CitizenFocus.Identity;
using CitizenFocus.Organisation;
using CitizenFocus.Sharing;

namespace CitizenFocus.Tests.Identity;

/// <summary>
/// Two areas, three boroughs, four wards and two partner agencies, with a call, a message, a team and a
/// crime in each place, named by where they are: "11" in ward 11 of borough 1, "1" borough-wide in borough 1,
/// "21" in ward 21 of borough 2 (area 1 too), "31" in ward 31 of borough 3 (area 2).
/// </summary>
public static class ScopedRecords
{
    public const int AreaNorthEast = 1, AreaSouthWest = 2;
    public const int Borough1 = 1, Borough2 = 2, Borough3 = 3;
    public const int Ward11 = 11, Ward12 = 12, Ward21 = 21, Ward31 = 31;
    public const int Council = 7, Housing = 8;

    public static readonly string[] Places = ["11", "12", "1", "21", "31"];

    public static readonly OrgScope AreaScope = new(OrgLevel.Area, AreaNorthEast, null, null, null);
    public static readonly OrgScope BoroughScope = new(OrgLevel.Borough, AreaNorthEast, Borough1, null, null);
    public static readonly OrgScope WardScope = new(OrgLevel.Ward, AreaNorthEast, Borough1, Ward11, null);
    public static readonly OrgScope CouncilScope = OrgScope.Partner(Council);
    public static readonly OrgScope HousingScope = OrgScope.Partner(Housing);

    public static string CallRef(string place) => "C-" + place;
    public static string MessageRef(string place) => "M-" + place;

    public static async Task AddAsync(CitizenFocusDb db, DateTime now)
    {
        db.Forces.Add(new Force { Id = 1, Code = "MPS", Name = "Metropolitan Police Service" });
        db.Areas.AddRange(new Area { Id = AreaNorthEast, ForceId = 1, Code = "NE", Name = "North East" },
            new Area { Id = AreaSouthWest, ForceId = 1, Code = "SW", Name = "South West" });
        db.Boroughs.AddRange(new Borough { Id = Borough1, AreaId = AreaNorthEast, Code = "E09000002", Name = "Barking and Dagenham" },
            new Borough { Id = Borough2, AreaId = AreaNorthEast, Code = "E09000031", Name = "Waltham Forest" },
            new Borough { Id = Borough3, AreaId = AreaSouthWest, Code = "E09000022", Name = "Lambeth" });
        db.Wards.AddRange(Ward(Ward11, Borough1, "Abbey"), Ward(Ward12, Borough1, "Alibon"), Ward(Ward21, Borough2, "Cann Hall"),
            Ward(Ward31, Borough3, "Brixton Hill"));
        db.PartnerAgencies.AddRange(
            new PartnerAgency { Id = Council, Name = "Barking and Dagenham Council", Kind = PartnerKind.Council, BoroughId = Borough1 },
            new PartnerAgency { Id = Housing, Name = "Barking and Dagenham Homes", Kind = PartnerKind.Housing, BoroughId = Borough1 });
        await db.SaveChangesAsync();

        var id = 0;
        foreach (var place in Places)
        {
            id++;
            var (borough, ward) = Where(place);
            db.Teams.Add(new NeighbourhoodTeam { Id = id, BoroughId = borough, WardId = ward, Name = "Team " + place, Slug = "team-" + place });
            db.Calls.Add(new Call
            {
                Id = id, Reference = CallRef(place), BoroughId = borough, WardId = ward, ReceivedAt = now.AddHours(-id),
                CallerName = "Caller " + place, CallerPhone = "07700 900" + place.PadLeft(3, '0'), Category = "Anti-social behaviour",
                Location = "High Street",
            });
            db.Crimes.Add(new Crime { Id = id, Reference = "CR-" + place, CrimeType = "Burglary", BoroughId = borough, WardId = ward });
        }
        await db.SaveChangesAsync();
        id = 0;
        foreach (var place in Places)
        {
            id++;
            var (borough, ward) = Where(place);
            db.TeamMessages.Add(new TeamMessage
            {
                Id = id, Reference = MessageRef(place), TeamId = id, BoroughId = borough, WardId = ward, ReceivedAt = now.AddHours(-id),
                CitizenName = "Sender " + place, CitizenEmail = $"sender{place}@example.com", CitizenPhone = "07700 900100",
                CitizenAddress = "1 High Street", Subject = "Fly-tipping in the alley", Body = "Bags of rubbish behind the shops.", LoggedBy = "test",
            });
        }
        await db.SaveChangesAsync();
    }

    /// <summary>Shares directly, as data: the use cases are tested on their own.</summary>
    public static async Task ShareAsync(CitizenFocusDb db, int agency, string type, string reference, DateTime now, bool disclose = false)
    {
        var share = new PartnerShare
        {
            PartnerAgencyId = agency, RecordType = type, RecordId = reference, Reason = "For the council's anti-social behaviour team",
            SharedBy = "inspector@example", SharedAt = now,
        };
        db.PartnerShares.Add(share);
        await db.SaveChangesAsync();
        if (disclose)
        {
            db.PartnerDisclosures.Add(new PartnerDisclosure { ShareId = share.Id, Justification = "To take a statement", DisclosedBy = "inspector@example", DisclosedAt = now });
            await db.SaveChangesAsync();
        }
    }

    private static (int Borough, int? Ward) Where(string place) => place switch
    {
        "11" => (Borough1, Ward11),
        "12" => (Borough1, Ward12),
        "1" => (Borough1, null),
        "21" => (Borough2, Ward21),
        _ => (Borough3, Ward31),
    };

    private static Ward Ward(int id, int borough, string name) => new() { Id = id, BoroughId = borough, Code = "E050000" + id, Name = name, Population = 10_000 };
}
