using System.Globalization;
using CitizenFocus.Organisation;

namespace CitizenFocus.Demo;

/// <summary>The demo force's organisation, built in memory with its ids before it is stored.</summary>
internal sealed class DemoOrganisation
{
    public required Force Force { get; init; }
    public List<Area> Areas { get; } = [];
    public List<Borough> Boroughs { get; } = [];
    public List<Ward> Wards { get; } = [];
    public List<NeighbourhoodTeam> Teams { get; } = [];
    public List<TeamMember> Members { get; } = [];
    public List<PeerForce> Peers { get; } = [];
    public List<PartnerAgency> Partners { get; } = [];
    public List<Postcode> Postcodes { get; } = [];
    public Dictionary<int, BoroughProfile> Profiles { get; } = [];

    /// <summary>The Met's areas as the 2008 inspection knew them, with their boroughs (ONS codes).</summary>
    private static readonly (string Code, string Name, string[] Boroughs)[] MetAreas =
    [
        ("NE", "North East", ["E09000002", "E09000031", "E09000012", "E09000016", "E09000025", "E09000026", "E09000030"]),
        ("CE", "Central", ["E09000007", "E09000019", "E09000020", "E09000033", "E09000013", "E09000022", "E09000028"]),
        ("NW", "North West", ["E09000003", "E09000005", "E09000009", "E09000010", "E09000014", "E09000015", "E09000017"]),
        ("SE", "South East", ["E09000004", "E09000006", "E09000008", "E09000011", "E09000023"]),
        ("SW", "South West", ["E09000018", "E09000021", "E09000024", "E09000027", "E09000029", "E09000032"]),
    ];

    public static IReadOnlyDictionary<string, string> BoroughNames { get; } = new Dictionary<string, string>
    {
        ["E09000002"] = "Barking and Dagenham", ["E09000003"] = "Barnet", ["E09000004"] = "Bexley",
        ["E09000005"] = "Brent", ["E09000006"] = "Bromley", ["E09000007"] = "Camden", ["E09000008"] = "Croydon",
        ["E09000009"] = "Ealing", ["E09000010"] = "Enfield", ["E09000011"] = "Greenwich", ["E09000012"] = "Hackney",
        ["E09000013"] = "Hammersmith and Fulham", ["E09000014"] = "Haringey", ["E09000015"] = "Harrow",
        ["E09000016"] = "Havering", ["E09000017"] = "Hillingdon", ["E09000018"] = "Hounslow",
        ["E09000019"] = "Islington", ["E09000020"] = "Kensington and Chelsea", ["E09000021"] = "Kingston upon Thames",
        ["E09000022"] = "Lambeth", ["E09000023"] = "Lewisham", ["E09000024"] = "Merton", ["E09000025"] = "Newham",
        ["E09000026"] = "Redbridge", ["E09000027"] = "Richmond upon Thames", ["E09000028"] = "Southwark",
        ["E09000029"] = "Sutton", ["E09000030"] = "Tower Hamlets", ["E09000031"] = "Waltham Forest",
        ["E09000032"] = "Wandsworth", ["E09000033"] = "Westminster",
    };

    public static DemoOrganisation Build(DemoScale scale, int seed, DateTime now)
    {
        var rng = new DemoRandom(seed, 1);
        var org = new DemoOrganisation { Force = new Force { Id = 1, Code = "MPS", Name = "Metropolitan Police Service (demo)" } };
        org.Peers.AddRange(
        [
            new PeerForce { Id = 1, Code = "MPS", Name = "Metropolitan Police Service", IsHomeForce = true },
            new PeerForce { Id = 2, Code = "WYP", Name = "West Yorkshire Police" },
            new PeerForce { Id = 3, Code = "WMP", Name = "West Midlands Police" },
            new PeerForce { Id = 4, Code = "GMP", Name = "Greater Manchester Police" },
        ]);

        var areas = scale == DemoScale.Small
            ? [(MetAreas[0].Code, MetAreas[0].Name, MetAreas[0].Boroughs[..2])]
            : MetAreas;
        var totalBoroughs = areas.Sum(a => a.Boroughs.Length);
        var wardsTotal = scale == DemoScale.Small ? 30 : 630;

        int boroughIndex = 0, wardId = 0, teamId = 0, memberId = 0, partnerId = 0;
        var usedSlugs = new HashSet<string>();
        for (var a = 0; a < areas.Length; a++)
        {
            var area = new Area { Id = a + 1, ForceId = 1, Code = areas[a].Code, Name = areas[a].Name };
            org.Areas.Add(area);
            foreach (var code in areas[a].Boroughs)
            {
                var borough = new Borough { Id = boroughIndex + 1, AreaId = area.Id, Code = code, Name = BoroughNames[code] };
                org.Boroughs.Add(borough);
                org.Profiles[borough.Id] = ProfileFor(code, rng);
                org.Partners.Add(new PartnerAgency { Id = ++partnerId, Name = $"{borough.Name} Council", Kind = PartnerKind.Council, BoroughId = borough.Id });
                org.Partners.Add(new PartnerAgency { Id = ++partnerId, Name = $"{borough.Name} Homes", Kind = PartnerKind.Housing, BoroughId = borough.Id });

                // Lay boroughs on a grid over London; wards on a grid inside each borough.
                var boroughLon = -0.45 + (boroughIndex % 6) * 0.15;
                var boroughLat = 51.35 + (boroughIndex / 6) * 0.06;
                var wardCount = wardsTotal / totalBoroughs + (boroughIndex < wardsTotal % totalBoroughs ? 1 : 0);
                var columns = (int)Math.Ceiling(Math.Sqrt(wardCount));
                var cellLon = 0.15 / columns;
                var cellLat = 0.06 / columns;

                var management = new NeighbourhoodTeam
                {
                    Id = ++teamId, BoroughId = borough.Id, Kind = TeamKind.NeighbourhoodManagement,
                    Name = $"{borough.Name} neighbourhood inspectors", Slug = $"{Slug(borough.Name)}-inspectors",
                    BaseAddress = $"{borough.Name} Police Station", Phone = Phone(rng), Email = $"{Slug(borough.Name)}.inspectors@met.police.example",
                    DetailsReviewedAt = now.AddDays(-rng.Next(0, 60)),
                };
                org.Teams.Add(management);
                var inspectors = new List<int>();
                for (var i = 0; i < Math.Max(2, wardCount / 7); i++)
                {
                    var inspector = Member(++memberId, management.Id, StaffRole.Inspector, rng);
                    org.Members.Add(inspector);
                    inspectors.Add(inspector.Id);
                }

                var wardNames = new HashSet<string>();
                for (var w = 0; w < wardCount; w++)
                {
                    string name;
                    do name = rng.Pick(DemoNames.WardFirst) + rng.Pick(DemoNames.WardSecond);
                    while (!wardNames.Add(name));
                    var lon0 = boroughLon + (w % columns) * cellLon;
                    var lat0 = boroughLat + (w / columns) * cellLat;
                    var population = (int)Math.Clamp(rng.Normal(11_500, 2_300), 6_000, 20_000);
                    var ward = new Ward
                    {
                        Id = ++wardId, BoroughId = borough.Id,
                        Code = "E05" + (100_000 + boroughIndex * 100 + w).ToString(CultureInfo.InvariantCulture),
                        Name = name,
                        Setting = rng.Chance(0.06) ? WardSetting.Rural : WardSetting.Urban,
                        Population = population,
                        BoundaryWkt = Square(lon0, lat0, cellLon, cellLat),
                        CentroidLongitude = Math.Round(lon0 + cellLon / 2, 6),
                        CentroidLatitude = Math.Round(lat0 + cellLat / 2, 6),
                        Census = Census(rng),
                    };
                    org.Wards.Add(ward);
                    AddPostcodes(org, ward, borough, boroughIndex, w, lon0, lat0, cellLon, cellLat, rng);

                    var slug = $"{Slug(borough.Name)}-{Slug(name)}";
                    if (!usedSlugs.Add(slug)) slug += "-" + ward.Id.ToString(CultureInfo.InvariantCulture);
                    var stale = rng.Chance(0.12);
                    var team = new NeighbourhoodTeam
                    {
                        Id = ++teamId, BoroughId = borough.Id, WardId = ward.Id, Kind = TeamKind.WardTeam,
                        Name = $"{name} Safer Neighbourhood Team", Slug = slug,
                        BaseAddress = $"{rng.Next(1, 200)} {rng.Pick(DemoNames.StreetFirst)} {rng.Pick(DemoNames.StreetSecond)}, {borough.Name}",
                        Phone = rng.Chance(0.04) ? null : Phone(rng),
                        Email = rng.Chance(0.04) ? null : $"{slug}.snt@met.police.example",
                        InspectorMemberId = inspectors[w % inspectors.Count],
                        DetailsReviewedAt = now.AddDays(-(stale ? rng.Next(91, 400) : rng.Next(0, 90))),
                    };
                    org.Teams.Add(team);
                    var establishment = Establishment.For(ward);
                    AddMembers(org, team.Id, StaffRole.Sergeant, establishment.Sergeants, ref memberId, rng);
                    AddMembers(org, team.Id, StaffRole.Constable, establishment.Constables, ref memberId, rng);
                    AddMembers(org, team.Id, StaffRole.Pcso, establishment.Pcsos, ref memberId, rng);
                    if (rng.Chance(0.15)) org.Members.Add(Member(++memberId, team.Id, rng.Chance(0.6) ? StaffRole.Special : StaffRole.Volunteer, rng));
                    // The team's single point of contact for messages: a PC, else a PCSO, else the sergeant.
                    team.ContactOfficerMemberId = org.Members.Where(m => m.TeamId == team.Id)
                        .OrderBy(m => m.Role switch { StaffRole.Constable => 0, StaffRole.Pcso => 1, StaffRole.Sergeant => 2, _ => 3 })
                        .ThenBy(m => m.Id).Select(m => (int?)m.Id).FirstOrDefault();
                }

                var schools = new NeighbourhoodTeam
                {
                    Id = ++teamId, BoroughId = borough.Id, Kind = TeamKind.SaferSchools,
                    Name = $"{borough.Name} Safer Schools officers", Slug = $"{Slug(borough.Name)}-safer-schools",
                    Phone = Phone(rng), Email = $"{Slug(borough.Name)}.schools@met.police.example",
                    BaseAddress = $"{borough.Name} Police Station", DetailsReviewedAt = now.AddDays(-rng.Next(0, 120)),
                };
                org.Teams.Add(schools);
                for (var i = 0; i < 2; i++) org.Members.Add(Member(++memberId, schools.Id, StaffRole.SchoolsOfficer, rng));

                // The Met had 21 Safer Transport Teams; the small demo has one.
                var transportTeams = scale == DemoScale.Small ? (boroughIndex == 0 ? 1 : 0) : (boroughIndex < 21 ? 1 : 0);
                if (transportTeams == 1)
                {
                    var stt = new NeighbourhoodTeam
                    {
                        Id = ++teamId, BoroughId = borough.Id, Kind = TeamKind.SaferTransport,
                        Name = $"{borough.Name} Safer Transport Team", Slug = $"{Slug(borough.Name)}-safer-transport",
                        Phone = Phone(rng), Email = $"{Slug(borough.Name)}.stt@met.police.example",
                        BaseAddress = $"{borough.Name} bus garage", DetailsReviewedAt = now.AddDays(-rng.Next(0, 120)),
                    };
                    org.Teams.Add(stt);
                    AddMembers(org, stt.Id, StaffRole.Sergeant, 2, ref memberId, rng);
                    AddMembers(org, stt.Id, StaffRole.Constable, 1, ref memberId, rng);
                    AddMembers(org, stt.Id, StaffRole.Pcso, 18, ref memberId, rng);
                }
                boroughIndex++;
            }
        }
        return org;
    }

    private static BoroughProfile ProfileFor(string code, DemoRandom rng)
    {
        // Extremes the seeds name: PAS confidence 11% (Barking and Dagenham) to 87% (Hounslow);
        // respect 35% (Barking and Dagenham) to 96% (Waltham Forest, Barnet);
        // heard of the SNT 4% (Newham) to 81% (Greenwich).
        var confidence = code switch { "E09000002" => 0.11, "E09000018" => 0.87, _ => rng.Uniform(0.45, 0.72) };
        var respect = code switch { "E09000002" => 0.35, "E09000031" or "E09000003" => 0.96, _ => rng.Uniform(0.70, 0.86) };
        var heard = code switch { "E09000025" => 0.04, "E09000011" => 0.81, _ => rng.Uniform(0.20, 0.50) };
        var satisfaction = code == "E09000002" ? 0.70 : rng.Uniform(0.74, 0.84);
        // Lewisham deteriorates by six points year on year: a trend the grading must catch.
        var change = code == "E09000023" || code == "E09000031" ? -0.06 : rng.Uniform(-0.01, 0.015);
        var answered = code is "E09000025" or "E09000002" or "E09000009" ? rng.Uniform(0.80, 0.86) : rng.Uniform(0.90, 0.95);
        var attendance = rng.Uniform(10.5, 14.5);
        return new BoroughProfile(confidence, respect, heard, satisfaction, change, answered, attendance,
            CallsPerResidentYear: rng.Uniform(0.52, 0.68), CrimesPerResidentYear: rng.Uniform(0.10, 0.14),
            // HMIC's reality test found 63% of emails and 78% of calls answered within 24 hours; boroughs vary.
            MessagesAnsweredIn24h: code == "E09000002" ? 0.55 : rng.Uniform(0.62, 0.97));
    }

    private static void AddMembers(DemoOrganisation org, int teamId, StaffRole role, int required, ref int memberId, DemoRandom rng)
    {
        // About one post in twenty is vacant, so some teams fall below establishment.
        for (var i = 0; i < required; i++)
            if (!rng.Chance(0.05)) org.Members.Add(Member(++memberId, teamId, role, rng));
    }

    private static TeamMember Member(int id, int teamId, StaffRole role, DemoRandom rng)
    {
        var member = new TeamMember
        {
            Id = id, TeamId = teamId, Role = role,
            StaffNumber = role switch { StaffRole.Pcso => "PCSO", StaffRole.Volunteer => "V", StaffRole.Special => "SC", _ => "" }
                + (100_000 + id).ToString(CultureInfo.InvariantCulture),
            GivenName = rng.Pick(DemoNames.Given), FamilyName = rng.Pick(DemoNames.Family),
        };
        member.Email = $"{member.GivenName}.{member.FamilyName}.{id}@met.police.example".ToLowerInvariant().Replace("'", "");
        member.Phone = Phone(rng);
        member.RefreshSearchName();
        return member;
    }

    private static void AddPostcodes(DemoOrganisation org, Ward ward, Borough borough, int boroughIndex, int wardIndex,
        double lon0, double lat0, double cellLon, double cellLat, DemoRandom rng)
    {
        // Invented outward codes ("ZB3", then "YB3" beyond the twentieth borough) keep demo postcodes apart
        // from real ones and unique across the 32 boroughs.
        var outward = (boroughIndex < DemoNames.Letters.Length ? "Z" : "Y") + DemoNames.Letters[boroughIndex % DemoNames.Letters.Length]
            + (wardIndex + 1).ToString(CultureInfo.InvariantCulture);
        for (var i = 0; i < 8; i++)
        {
            var inward = (i + 1).ToString(CultureInfo.InvariantCulture) + DemoNames.Letters[(wardIndex + i) % DemoNames.Letters.Length]
                + DemoNames.Letters[i % DemoNames.Letters.Length];
            var display = $"{outward} {inward}";
            org.Postcodes.Add(new Postcode
            {
                Code = Postcode.Normalise(display), Display = display,
                Longitude = Math.Round(lon0 + cellLon * rng.Uniform(0.05, 0.95), 6),
                Latitude = Math.Round(lat0 + cellLat * rng.Uniform(0.05, 0.95), 6),
                WardCode = ward.Code, LocalAuthorityCode = borough.Code,
            });
        }
    }

    private static List<CensusShare> Census(DemoRandom rng)
    {
        var list = new List<CensusShare>();
        void Add(string dimension, string[] categories, double[] baseShares)
        {
            var shares = rng.Shares(baseShares, 0.25);
            for (var i = 0; i < categories.Length; i++)
                list.Add(new CensusShare { Dimension = dimension, Category = categories[i], Share = shares[i] });
        }
        Add(CensusDimensions.AgeBand, ["0-15", "16-24", "25-44", "45-64", "65+"], [0.20, 0.12, 0.34, 0.22, 0.12]);
        Add(CensusDimensions.Sex, ["Female", "Male"], [0.51, 0.49]);
        Add(CensusDimensions.Ethnicity, ["White", "Asian", "Black", "Mixed", "Other"], [0.55, 0.20, 0.14, 0.05, 0.06]);
        Add(CensusDimensions.Religion, ["Christian", "Muslim", "Hindu", "Jewish", "Sikh", "Buddhist", "Other", "No religion"],
            [0.45, 0.14, 0.05, 0.02, 0.02, 0.01, 0.01, 0.30]);
        Add(CensusDimensions.Disability, ["Disabled", "Not disabled"], [0.14, 0.86]);
        return list;
    }

    private static string Square(double lon, double lat, double dLon, double dLat) => string.Create(CultureInfo.InvariantCulture,
        $"POLYGON (({lon:F6} {lat:F6}, {lon + dLon:F6} {lat:F6}, {lon + dLon:F6} {lat + dLat:F6}, {lon:F6} {lat + dLat:F6}, {lon:F6} {lat:F6}))");

    private static string Phone(DemoRandom rng) =>
        "020 7946 0" + rng.Next(0, 1000).ToString("D3", CultureInfo.InvariantCulture);

    public static string Slug(string text) =>
        new string(text.ToLowerInvariant().Replace("'", "").Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-').Replace("--", "-");
}
