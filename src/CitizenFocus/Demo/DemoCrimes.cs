using System.Globalization;
using CitizenFocus.Common;
using CitizenFocus.CrimeAnalysis;
using CitizenFocus.Organisation;

namespace CitizenFocus.Demo;

/// <summary>
/// Two years of demo crimes, ward by ward, with flags, crime groups, streets, house-level location keys and
/// positions, and with patterns planted for the crime analyses to find:
/// <list type="bullet">
/// <item>hot streets: in a few wards of each borough one street draws <see cref="HotStreetWeight"/> times a
/// street's share of crime (a hot spot on the map);</item>
/// <item>repeat victims: series of 2–6 crimes against one victim within 330 days (hate crime, juvenile,
/// domestic or property), most at the victim's home (a repeat location); shops are repeat victims by nature;</item>
/// <item>prolific offenders whose 4–10 crimes span at least three crime groups;</item>
/// <item>near repeats: after a fifth of residential burglaries, 1–3 more within about 70 m and 14 days;</item>
/// <item>knife and gun flags on a share of violence and robbery, the business flag on business types;</item>
/// <item>robbery rising sharply in <see cref="RobberyRiseBoroughCode"/> over the latest year, the extra
/// robberies after school on weekdays (15:00–18:00 London) and mostly of juveniles;</item>
/// <item>a 12-week spike (<see cref="SpikeDays"/> days to now) of residential burglary in
/// <see cref="BurglarySpikeBoroughCode"/>.</item>
/// </list>
/// Each ward yields population × rate × two years crimes, planted series taking the place of ordinary crimes;
/// only the spike's burglaries and the rise's robberies come on top (about 0.3% more crime at Met scale), so
/// that no other crime type dips where they are planted. All draws come from the crime stream of the seed (the street layout from
/// its own stream), so the same seed and clock give the same rows.
/// </summary>
internal sealed class DemoCrimes
{
    /// <summary>Waltham Forest: robbery rises sharply in the latest year.</summary>
    public const string RobberyRiseBoroughCode = "E09000031";

    /// <summary>Barking and Dagenham: residential burglary spikes over the last 12 weeks.</summary>
    public const string BurglarySpikeBoroughCode = "E09000002";

    public const int SpikeDays = 84;
    public const int RobberyRiseDays = 365;
    public const int StreetsPerWard = 60;
    public const int ShopsPerWard = 25;
    public const int HotStreetsPerBorough = 3;
    public const double HotStreetWeight = 12;

    private const double RepeatVictimChance = 0.004;
    private const double ProlificChance = 0.0012;
    private const double NearRepeatChance = 0.2;
    private const double SpikeShare = 0.10;
    private const double RobberyRiseShare = 0.05;
    private const double OffenderKnown = 0.25;
    private const int SeriesWindowDays = 330;
    private const int HouseColumns = 20;
    private const int HouseRows = 10;
    private const double StreetHalfSpanMetres = 120;
    private const double MetresPerDegreeLatitude = 111_320;

    private static readonly CrimeType[] Types =
    [
        new("Residential burglary", 0.090),
        new("Business burglary", 0.030, Business: true),
        new("Robbery of personal property", 0.040, Knife: 0.12, Gun: 0.02, Juvenile: 0.15),
        new("Robbery of business property", 0.005, Knife: 0.15, Gun: 0.08, Business: true),
        new("Theft from motor vehicle", 0.080),
        new("Theft of motor vehicle", 0.040),
        new("Assault with injury", 0.070, Knife: 0.08, Juvenile: 0.08, Hate: 0.02, Domestic: 0.30),
        new("Common assault", 0.080, Knife: 0.01, Juvenile: 0.08, Hate: 0.03, Domestic: 0.30),
        new("Grievous bodily harm", 0.015, Knife: 0.25, Gun: 0.03, Juvenile: 0.06, Hate: 0.02, Domestic: 0.15),
        new("Homicide", 0.0003, Knife: 0.6, Gun: 0.1, Domestic: 0.2),
        new("Rape", 0.004, Knife: 0.03, Juvenile: 0.3, Domestic: 0.3),
        new("Other sexual offences", 0.010, Juvenile: 0.3),
        new("Criminal damage", 0.100, Hate: 0.01, Domestic: 0.08),
        new("Theft from the person", 0.050, Juvenile: 0.05),
        new("Shoplifting", 0.060, Business: true),
        new("Other theft", 0.150),
        new("Drugs", 0.050, HasVictim: false),
        new("Public order", 0.050, Hate: 0.06),
        new("Possession of weapons", 0.010, HasVictim: false),
        new("Fraud and forgery", 0.030),
    ];

    private static readonly double[] TypeCumulative = DemoRandom.Cumulative(Types.Select(t => t.Weight).ToArray());
    private static readonly Dictionary<string, CrimeType> ByName = Types.ToDictionary(t => t.Name);
    private static readonly CrimeType ResidentialBurglary = ByName["Residential burglary"];
    private static readonly CrimeType PersonalRobbery = ByName["Robbery of personal property"];

    /// <summary>One type from each of five crime groups, so that a prolific offender's first three cross three groups.</summary>
    private static readonly CrimeType[] GroupSpanning =
        [.. new[] { "Robbery of personal property", "Residential burglary", "Theft of motor vehicle", "Grievous bodily harm", "Shoplifting" }.Select(n => ByName[n])];

    private static readonly CrimeType[] ProlificTypes =
    [
        .. new[]
        {
            "Robbery of personal property", "Residential burglary", "Theft of motor vehicle", "Theft from motor vehicle",
            "Assault with injury", "Shoplifting", "Criminal damage", "Drugs", "Other theft",
        }.Select(n => ByName[n]),
    ];

    private static readonly (SeriesKind Kind, CrimeType[] Types)[] VictimSeries =
    [
        (SeriesKind.Hate, [ByName["Common assault"], ByName["Public order"], ByName["Criminal damage"], ByName["Assault with injury"]]),
        (SeriesKind.Juvenile, [PersonalRobbery, ByName["Common assault"], ByName["Theft from the person"], ByName["Assault with injury"]]),
        (SeriesKind.Domestic, [ByName["Common assault"], ByName["Assault with injury"], ByName["Criminal damage"]]),
        (SeriesKind.Property, [ResidentialBurglary, ByName["Theft from motor vehicle"], ByName["Criminal damage"], ByName["Theft of motor vehicle"]]),
    ];

    private readonly DemoOrganisation org;
    private readonly int seed;
    private readonly DateTime now;
    private readonly DateTime start;
    private readonly Dictionary<int, WardLayout> layouts;

    public DemoCrimes(DemoOrganisation org, int seed, DateTime now)
    {
        this.org = org;
        this.seed = seed;
        this.now = now;
        start = now.AddDays(-DemoActivity.Days);
        layouts = Layout(org, seed);
    }

    /// <summary>The planted hot streets: ward, street name and the street's centre.</summary>
    public IReadOnlyList<HotStreetPlan> HotStreets =>
        [.. layouts.Values.SelectMany(l => l.Streets.Where(s => s.Hot).Select(s => new HotStreetPlan(l.Ward.Id, l.Ward.Code, s.Name, s.Latitude, s.Longitude)))];

    public IEnumerable<Crime> Generate()
    {
        var rng = new DemoRandom(seed, 3);
        var boroughCodes = org.Boroughs.ToDictionary(b => b.Id, b => b.Code);
        var prolificByBorough = new Dictionary<int, int>();
        var batch = new List<Crime>();
        var extras = new List<Crime>();
        long id = 0;
        foreach (var ward in org.Wards)
        {
            var profile = org.Profiles[ward.BoroughId];
            var count = (int)(ward.Population * profile.CrimesPerResidentYear * DemoActivity.Days / 365.0);
            var context = new WardContext(layouts[ward.Id], boroughCodes[ward.BoroughId], VictimPool: count * 40, OffenderPool: count * 2);
            var produced = 0;
            var victimSeries = 0;
            while (produced < count)
            {
                batch.Clear();
                extras.Clear();
                var roll = rng.NextDouble();
                if (roll < RepeatVictimChance) RepeatVictim(rng, context, ++victimSeries, batch);
                else if (roll < RepeatVictimChance + ProlificChance)
                {
                    var n = prolificByBorough[ward.BoroughId] = prolificByBorough.GetValueOrDefault(ward.BoroughId) + 1;
                    Prolific(rng, context, $"P{ward.BoroughId}-{n}", batch);
                }
                else Single(rng, context, batch, extras);

                for (var i = 0; i < batch.Count + extras.Count; i++)
                {
                    var extra = i >= batch.Count;
                    if (!extra && produced == count) break;
                    if (!extra) produced++;
                    var crime = extra ? extras[i - batch.Count] : batch[i];
                    crime.Id = ++id;
                    crime.Reference = "CR" + id.ToString("D9", CultureInfo.InvariantCulture);
                    crime.Groups = CrimeGroupMap.Default.Classify(crime);
                    yield return crime;
                }
            }
        }
    }

    private void Single(DemoRandom rng, WardContext at, List<Crime> batch, List<Crime> extras)
    {
        var committed = DemoActivity.RandomTime(rng, start, now);
        Event(rng, at, Types[rng.PickWeighted(TypeCumulative)], committed, batch, afterSchool: false);
        // The spike and the rise come on top of the ward's crimes, so that no other type dips with them.
        var spikeFrom = now.AddDays(-SpikeDays);
        if (at.BoroughCode == BurglarySpikeBoroughCode && committed >= spikeFrom && rng.Chance(SpikeShare))
        {
            var earlier = committed.AddSeconds(-rng.Next(0, 43_200));
            Event(rng, at, ResidentialBurglary, earlier < spikeFrom ? committed : earlier, extras, afterSchool: false);
        }
        else if (at.BoroughCode == RobberyRiseBoroughCode && committed >= now.AddDays(-RobberyRiseDays) && rng.Chance(RobberyRiseShare))
            Event(rng, at, PersonalRobbery, AfterSchool(rng, committed), extras, afterSchool: true);
    }

    /// <summary>One crime, and after a fifth of residential burglaries its near repeats.</summary>
    private void Event(DemoRandom rng, WardContext at, CrimeType type, DateTime committed, List<Crime> batch, bool afterSchool)
    {
        Crime crime;
        Street? street = null;
        var number = 0;
        if (type.Business) crime = AtShop(rng, at, type, committed);
        else
        {
            street = at.Layout.PickStreet(rng);
            number = rng.Next(1, HouseColumns * HouseRows + 1);
            crime = AtHouse(rng, at, type, committed, street, number);
        }
        if (!type.Business && type.HasVictim) crime.VictimRef = $"V{at.Layout.Ward.Id}-{rng.Next(at.VictimPool)}";
        if (rng.Chance(OffenderKnown)) crime.OffenderRef = $"O{at.Layout.Ward.Id}-{rng.Next(at.OffenderPool)}";
        DrawFlags(rng, crime, type);
        if (afterSchool) crime.JuvenileVictim = rng.Chance(0.6);
        batch.Add(crime);

        if (street is null || type != ResidentialBurglary || !rng.Chance(NearRepeatChance)) return;
        // Near repeats: the same street, a few doors away, within 14 days; some by the same offender.
        for (var k = rng.Next(1, 4); k > 0; k--)
        {
            var later = committed.AddSeconds(rng.Next(3_600, 14 * 86_400));
            var column = Math.Clamp((number - 1) % HouseColumns + rng.Next(-5, 6), 0, HouseColumns - 1);
            var row = Math.Clamp((number - 1) / HouseColumns + rng.Next(-1, 2), 0, HouseRows - 1);
            if (later > now) continue;
            var next = AtHouse(rng, at, ResidentialBurglary, later, street, row * HouseColumns + column + 1);
            next.VictimRef = $"V{at.Layout.Ward.Id}-{rng.Next(at.VictimPool)}";
            next.OffenderRef = crime.OffenderRef is not null && rng.Chance(0.5) ? crime.OffenderRef : null;
            DrawFlags(rng, next, ResidentialBurglary);
            batch.Add(next);
        }
    }

    private void RepeatVictim(DemoRandom rng, WardContext at, int series, List<Crime> batch)
    {
        var (kind, types) = VictimSeries[rng.Next(VictimSeries.Length)];
        var victim = $"RV{at.Layout.Ward.Id}-{series}";
        var home = (Street: at.Layout.PickStreet(rng), Number: rng.Next(1, HouseColumns * HouseRows + 1));
        string? offender = (kind is SeriesKind.Domestic or SeriesKind.Hate) && rng.Chance(0.7) ? $"S{at.Layout.Ward.Id}-{series}" : null;
        var window = SeriesWindow(rng);
        for (var k = rng.Next(2, 7); k > 0; k--)
        {
            var type = rng.Pick(types);
            var committed = SeriesTime(rng, window);
            var crime = kind == SeriesKind.Juvenile
                ? AtHouse(rng, at, type, committed, at.Layout.PickStreet(rng), rng.Next(1, HouseColumns * HouseRows + 1))
                : AtHouse(rng, at, type, committed, home.Street, home.Number);
            crime.VictimRef = victim;
            crime.OffenderRef = offender;
            DrawFlags(rng, crime, type);
            switch (kind)
            {
                case SeriesKind.Hate: crime.HateCrime = true; break;
                case SeriesKind.Juvenile: crime.JuvenileVictim = true; break;
                case SeriesKind.Domestic: crime.Domestic = true; break;
            }
            batch.Add(crime);
        }
    }

    private void Prolific(DemoRandom rng, WardContext at, string offender, List<Crime> batch)
    {
        var spanning = (CrimeType[])GroupSpanning.Clone();
        for (var i = 0; i < 3; i++)
        {
            var j = rng.Next(i, spanning.Length);
            (spanning[i], spanning[j]) = (spanning[j], spanning[i]);
        }
        var window = SeriesWindow(rng);
        var crimes = rng.Next(4, 11);
        for (var k = 0; k < crimes; k++)
        {
            var type = k < 3 ? spanning[k] : rng.Pick(ProlificTypes);
            var committed = SeriesTime(rng, window);
            var crime = type.Business ? AtShop(rng, at, type, committed)
                : AtHouse(rng, at, type, committed, at.Layout.PickStreet(rng), rng.Next(1, HouseColumns * HouseRows + 1));
            if (!type.Business && type.HasVictim) crime.VictimRef = $"V{at.Layout.Ward.Id}-{rng.Next(at.VictimPool)}";
            crime.OffenderRef = offender;
            DrawFlags(rng, crime, type);
            batch.Add(crime);
        }
    }

    private Crime AtHouse(DemoRandom rng, WardContext at, CrimeType type, DateTime committed, Street street, int number)
    {
        var (lat, lon) = at.Layout.HousePosition(street, number);
        // The key is CrimeLocation.Key(number, street, ward code); the street's part is normalised once.
        return New(rng, at, type, committed, street.Name, number.ToString(CultureInfo.InvariantCulture) + " " + street.KeySuffix, lat, lon);
    }

    private Crime AtShop(DemoRandom rng, WardContext at, CrimeType type, DateTime committed)
    {
        var shop = at.Layout.Shops[rng.Next(at.Layout.Shops.Length)];
        var crime = AtHouse(rng, at, type, committed, shop.Street, shop.Number);
        crime.VictimRef = shop.Ref;
        return crime;
    }

    private Crime New(DemoRandom rng, WardContext at, CrimeType type, DateTime committed, string street, string? locationKey, double lat, double lon)
    {
        var reported = committed.AddHours(rng.Exponential(10));
        return new Crime
        {
            Reference = "",
            CrimeType = type.Name,
            CommittedAt = committed,
            ReportedAt = reported > now ? now : reported,
            BoroughId = at.Layout.Ward.BoroughId,
            WardId = at.Layout.Ward.Id,
            Street = street,
            LocationKey = locationKey,
            Latitude = Math.Round(lat, 6),
            Longitude = Math.Round(lon, 6),
            Business = type.Business,
        };
    }

    private static void DrawFlags(DemoRandom rng, Crime crime, CrimeType type)
    {
        if (type.Knife + type.Gun > 0)
        {
            var u = rng.NextDouble();
            crime.Weapon = u < type.Knife ? Weapon.Knife : u < type.Knife + type.Gun ? Weapon.Gun : Weapon.None;
        }
        if (type.Juvenile > 0) crime.JuvenileVictim = rng.Chance(type.Juvenile);
        if (type.Hate > 0) crime.HateCrime = rng.Chance(type.Hate);
        if (type.Domestic > 0) crime.Domestic = rng.Chance(type.Domestic);
    }

    /// <summary>The same London week, moved to a weekday (a weekend to the Friday before) between 15:00 and 18:00.</summary>
    private DateTime AfterSchool(DemoRandom rng, DateTime committed)
    {
        var day = UkTime.DateOf(committed);
        day = day.DayOfWeek switch { DayOfWeek.Saturday => day.AddDays(-1), DayOfWeek.Sunday => day.AddDays(-2), _ => day };
        var local = day.ToDateTime(new TimeOnly(15, 0)).AddSeconds(rng.Next(0, 3 * 3_600));
        var utc = UkTime.ToUtc(local);
        return utc > now ? utc.AddDays(-7) : utc;
    }

    private DateTime SeriesWindow(DemoRandom rng) => start.Date.AddDays(rng.Next(0, DemoActivity.Days - SeriesWindowDays + 1));

    private DateTime SeriesTime(DemoRandom rng, DateTime window)
    {
        var t = window.AddDays(rng.Next(0, SeriesWindowDays + 1))
            .AddHours(rng.PickWeighted(DemoActivity.HourCumulative)).AddSeconds(rng.Next(0, 3_600));
        return t < start ? start : t > now ? now.AddMinutes(-rng.Next(1, 600)) : t;
    }

    /// <summary>Streets (with their centres) and shops for every ward, and which streets are hot, from the layout stream.</summary>
    private static Dictionary<int, WardLayout> Layout(DemoOrganisation org, int seed)
    {
        var rng = new DemoRandom(seed, 6);
        var names = DemoNames.StreetFirst.SelectMany(first => DemoNames.StreetSecond.Select(second => $"{first} {second}")).ToArray();
        var layouts = new Dictionary<int, WardLayout>();
        foreach (var borough in org.Boroughs)
        {
            var wards = org.Wards.Where(w => w.BoroughId == borough.Id).ToList();
            var hot = new HashSet<int>();
            while (hot.Count < Math.Min(HotStreetsPerBorough, wards.Count)) hot.Add(wards[rng.Next(wards.Count)].Id);
            foreach (var ward in wards)
            {
                var (lon0, lat0, dLon, dLat) = DemoActivity.Cell(ward);
                var order = (string[])names.Clone();
                for (var i = 0; i < StreetsPerWard; i++)
                {
                    var j = rng.Next(i, order.Length);
                    (order[i], order[j]) = (order[j], order[i]);
                }
                var streets = new Street[StreetsPerWard];
                for (var i = 0; i < StreetsPerWard; i++)
                    streets[i] = new Street(order[i], CrimeLocation.Key($"{order[i]} {ward.Code}")!,
                        lat0 + dLat * rng.Uniform(0.1, 0.9), lon0 + dLon * rng.Uniform(0.1, 0.9), Hot: i == 0 && hot.Contains(ward.Id));
                var shops = new Shop[ShopsPerWard];
                for (var i = 0; i < ShopsPerWard; i++)
                    shops[i] = new Shop(streets[rng.Next(StreetsPerWard)], rng.Next(1, HouseColumns * HouseRows + 1), $"B{ward.Id}-{i + 1}");
                layouts[ward.Id] = new WardLayout(ward, streets, shops);
            }
        }
        return layouts;
    }

    private sealed record CrimeType(string Name, double Weight, double Knife = 0, double Gun = 0, double Juvenile = 0,
        double Hate = 0, double Domestic = 0, bool Business = false, bool HasVictim = true);

    private enum SeriesKind { Hate, Juvenile, Domestic, Property }

    private sealed record WardContext(WardLayout Layout, string BoroughCode, int VictimPool, int OffenderPool);

    private sealed record Street(string Name, string KeySuffix, double Latitude, double Longitude, bool Hot);

    private sealed record Shop(Street Street, int Number, string Ref);

    private sealed class WardLayout
    {
        private readonly double[] cumulative;
        private readonly double halfLat = StreetHalfSpanMetres / MetresPerDegreeLatitude;
        private readonly double halfLon;

        public WardLayout(Ward ward, Street[] streets, Shop[] shops)
        {
            Ward = ward;
            Streets = streets;
            Shops = shops;
            cumulative = DemoRandom.Cumulative([.. streets.Select(s => s.Hot ? HotStreetWeight : 1)]);
            halfLon = halfLat / Math.Cos(streets[0].Latitude * Math.PI / 180);
        }

        public Ward Ward { get; }
        public Street[] Streets { get; }
        public Shop[] Shops { get; }

        public Street PickStreet(DemoRandom rng) => Streets[rng.PickWeighted(cumulative)];

        /// <summary>Houses 1–200 stand in a 20 × 10 block around the street's centre, so a house is always at the same place.</summary>
        public (double Latitude, double Longitude) HousePosition(Street street, int number)
        {
            var column = (number - 1) % HouseColumns;
            var row = (number - 1) / HouseColumns;
            return (street.Latitude + halfLat * (2.0 * row / (HouseRows - 1) - 1),
                street.Longitude + halfLon * (2.0 * column / (HouseColumns - 1) - 1));
        }
    }
}

/// <summary>A street planted as hot: many times a street's share of its ward's crime.</summary>
internal sealed record HotStreetPlan(int WardId, string WardCode, string Street, double Latitude, double Longitude);
