namespace CitizenFocus.Demo;

public enum DemoScale
{
    /// <summary>1 area, 2 boroughs, 30 wards: loaded when the web app starts on an empty database.</summary>
    Small = 0,
    /// <summary>5 areas, 32 boroughs, 630 wards at Met volumes.</summary>
    Met = 1,
}
