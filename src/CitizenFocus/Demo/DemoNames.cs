namespace CitizenFocus.Demo;

/// <summary>Word lists for invented people, wards and streets (no real person is named).</summary>
internal static class DemoNames
{
    public static readonly string[] Given =
    [
        "Aisha", "Adam", "Amara", "Ben", "Chloe", "Daniel", "Deepa", "Elena", "Emeka", "Fatima", "Finn", "Grace",
        "Hamza", "Hannah", "Ibrahim", "Isla", "Jack", "Jasmine", "Kwame", "Leah", "Liam", "Maya", "Mohammed",
        "Nadia", "Noah", "Olivia", "Omar", "Priya", "Rhys", "Rosa", "Samuel", "Sana", "Sofia", "Thomas", "Tunde",
        "Yusuf", "Zara", "Chen", "Marek", "Agnieszka", "Kofi", "Ruth", "Patrick", "Siobhan", "Arjun", "Lucy",
        "Ethan", "Amelia", "Harvey", "Ivy", "Joseph", "Kemi", "Luca", "Mei", "Nathan", "Oscar", "Poppy", "Ravi",
    ];

    public static readonly string[] Family =
    [
        "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Khan", "Ahmed",
        "Begum", "Okafor", "Adeyemi", "Mensah", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White",
        "Roberts", "Green", "Hall", "Wood", "Jackson", "Clarke", "Hussain", "Ali", "Shah", "Singh", "Kaur",
        "Nowak", "Kowalski", "Murphy", "O'Brien", "Kelly", "Chen", "Wang", "Nguyen", "Campbell", "Stewart",
        "Harris", "Martin", "Lewis", "Young", "King", "Baker", "Hill", "Scott", "Moore", "Allen", "Mitchell",
        "Osei", "Boateng", "Rahman", "Islam", "Costa", "Silva", "Ferreira", "Gordon", "Reid", "Fraser",
    ];

    public static readonly string[] WardFirst =
    [
        "Abbey", "Alexandra", "Beacon", "Bridge", "Castle", "Cathedral", "Chapel", "Church", "Clock", "Common",
        "Court", "Cross", "Elm", "Fair", "Forest", "Gate", "Green", "Grove", "Hale", "Heath", "High", "Hill",
        "King's", "Lea", "Manor", "Market", "Mill", "Oak", "Orchard", "Park", "Priory", "Queen's", "River",
        "St Mary's", "St John's", "Thames", "Victoria", "Well", "Willow", "Wood",
    ];

    public static readonly string[] WardSecond =
    [
        "", " North", " South", " East", " West", " Park", " Vale", " Town", " Fields", " Village", " Central",
        " Hill", " Green", " Rise",
    ];

    public static readonly string[] StreetFirst =
    [
        "Albert", "Alma", "Ash", "Balfour", "Beech", "Cedar", "Chestnut", "Church", "Clarence", "Dover", "Elm",
        "Grange", "Granville", "Hazel", "High", "Holly", "Kings", "Lime", "Maple", "Mill", "Nelson", "Park",
        "Queens", "Railway", "Rectory", "Salisbury", "Station", "Stanley", "Victoria", "Windsor",
    ];

    public static readonly string[] StreetSecond =
    [
        "Road", "Street", "Avenue", "Lane", "Close", "Gardens", "Way", "Crescent", "Place", "Terrace",
    ];

    public static readonly string[] Letters = "ABDEFGHJLNPQRSTUWXYZ".Select(c => c.ToString()).ToArray();
}
