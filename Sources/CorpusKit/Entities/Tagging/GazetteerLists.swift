import Foundation

/// Hand-written name lists merged into the gazetteer at training time: countries, capitals and
/// large cities, demonyms (MISC in CoNLL), international organisations, and title words.
enum GazetteerLists {
  static let countries = """
    Afghanistan|Albania|Algeria|Andorra|Angola|Argentina|Armenia|Australia|Austria|Azerbaijan|Bahamas|\
    Bahrain|Bangladesh|Barbados|Belarus|Belgium|Belize|Benin|Bhutan|Bolivia|Bosnia|Botswana|Brazil|\
    Brunei|Bulgaria|Burkina Faso|Burundi|Cambodia|Cameroon|Canada|Chad|Chile|China|Colombia|Comoros|\
    Congo|Costa Rica|Croatia|Cuba|Cyprus|Czech Republic|Czechia|Denmark|Djibouti|Dominica|Ecuador|Egypt|\
    El Salvador|Eritrea|Estonia|Eswatini|Ethiopia|Fiji|Finland|France|Gabon|Gambia|Georgia|Germany|Ghana|\
    Greece|Grenada|Guatemala|Guinea|Guyana|Haiti|Honduras|Hungary|Iceland|India|Indonesia|Iran|Iraq|\
    Ireland|Israel|Italy|Jamaica|Japan|Jordan|Kazakhstan|Kenya|Kiribati|Kosovo|Kuwait|Kyrgyzstan|Laos|\
    Latvia|Lebanon|Lesotho|Liberia|Libya|Liechtenstein|Lithuania|Luxembourg|Madagascar|Malawi|Malaysia|\
    Maldives|Mali|Malta|Mauritania|Mauritius|Mexico|Moldova|Monaco|Mongolia|Montenegro|Morocco|\
    Mozambique|Myanmar|Burma|Namibia|Nauru|Nepal|Netherlands|Holland|New Zealand|Nicaragua|Niger|Nigeria|\
    North Korea|South Korea|Korea|North Macedonia|Macedonia|Norway|Oman|Pakistan|Palau|Palestine|Panama|\
    Papua New Guinea|Paraguay|Peru|Philippines|Poland|Portugal|Qatar|Romania|Russia|Rwanda|Samoa|\
    San Marino|Saudi Arabia|Senegal|Serbia|Seychelles|Sierra Leone|Singapore|Slovakia|Slovenia|Somalia|\
    South Africa|South Sudan|Spain|Sri Lanka|Sudan|Suriname|Sweden|Switzerland|Syria|Taiwan|Tajikistan|\
    Tanzania|Thailand|Togo|Tonga|Trinidad|Tobago|Tunisia|Turkey|Turkmenistan|Tuvalu|Uganda|Ukraine|\
    United Arab Emirates|UAE|United Kingdom|U.K.|UK|Britain|Great Britain|England|Scotland|Wales|\
    Northern Ireland|United States|United States of America|U.S.|US|USA|America|Uruguay|Uzbekistan|\
    Vanuatu|Vatican|Venezuela|Vietnam|Yemen|Zambia|Zimbabwe|Yugoslavia|Soviet Union|USSR|Chechnya|\
    Crimea|Hong Kong|Macau|Tibet|Xinjiang|Gaza|West Bank|Kashmir|Europe|Asia|Africa|Latin America|\
    Middle East|Central Asia|Eurasia|Balkans|Caucasus|Scandinavia|Siberia|Arctic|Antarctica|Pacific|\
    Atlantic|Baltic|Baltics|Kaliningrad|Donbas|Donbass|Kyiv|Kiev
    """
  static let cities = """
    Kabul|Tirana|Algiers|Luanda|Buenos Aires|Yerevan|Canberra|Sydney|Melbourne|Vienna|Baku|Manama|Dhaka|\
    Minsk|Brussels|Antwerp|Sofia|Phnom Penh|Ottawa|Toronto|Montreal|Vancouver|Santiago|Beijing|Shanghai|\
    Guangzhou|Shenzhen|Tianjin|Wuhan|Chengdu|Chongqing|Bogota|Havana|Zagreb|Nicosia|Prague|Copenhagen|\
    Quito|Cairo|Tallinn|Addis Ababa|Helsinki|Paris|Marseille|Lyon|Tbilisi|Berlin|Bonn|Frankfurt|Munich|\
    Hamburg|Accra|Athens|Budapest|Reykjavik|New Delhi|Delhi|Mumbai|Bombay|Calcutta|Kolkata|Jakarta|\
    Tehran|Baghdad|Dublin|Jerusalem|Tel Aviv|Rome|Milan|Naples|Turin|Tokyo|Osaka|Amman|Astana|Almaty|\
    Nairobi|Pristina|Kuwait City|Bishkek|Vientiane|Riga|Beirut|Tripoli|Vilnius|Kaunas|Warsaw|Krakow|\
    Lisbon|Doha|Bucharest|Moscow|St Petersburg|St. Petersburg|Kigali|Riyadh|Dakar|Belgrade|Bratislava|\
    Ljubljana|Mogadishu|Johannesburg|Pretoria|Cape Town|Seoul|Pyongyang|Madrid|Barcelona|Colombo|\
    Khartoum|Stockholm|Bern|Geneva|Zurich|Damascus|Taipei|Dushanbe|Dodoma|Bangkok|Tunis|Ankara|Istanbul|\
    Ashgabat|Kampala|Kharkiv|Odesa|Odessa|Lviv|Abu Dhabi|Dubai|London|Manchester|Liverpool|Edinburgh|\
    Glasgow|Washington|New York|Los Angeles|Chicago|Houston|Boston|San Francisco|Miami|Montevideo|\
    Tashkent|Caracas|Hanoi|Ho Chi Minh City|Sanaa|Lusaka|Harare|Amsterdam|Rotterdam|The Hague|Oslo|\
    Islamabad|Karachi|Lahore|Manila|Lima|Mexico City|Brasilia|Rio de Janeiro|Sao Paulo|Lagos|Abuja|\
    Wellington|Auckland|Kathmandu|Ulaanbaatar|Chisinau|Podgorica|Skopje|Sarajevo|Luxembourg|Valletta|\
    Singapore|Kuala Lumpur|Hong Kong|Brest|Grodno|Gomel|Vitebsk|Mogilev|Vladivostok|Novosibirsk|Sochi
    """
  static let demonyms = """
    Afghan|Albanian|Algerian|American|Americans|Argentine|Argentinian|Armenian|Asian|Australian|\
    Austrian|Azerbaijani|Azeri|Belarusian|Belarusians|Byelorussian|Belgian|Bosnian|Brazilian|British|\
    Briton|Britons|Bulgarian|Cambodian|Canadian|Chilean|Chinese|Colombian|Croatian|Cuban|Cypriot|Czech|\
    Danish|Dutch|Egyptian|English|Estonian|Ethiopian|European|Europeans|Filipino|Finnish|French|Georgian|\
    German|Germans|Greek|Hungarian|Icelandic|Indian|Indonesian|Iranian|Iraqi|Irish|Israeli|Italian|\
    Japanese|Jordanian|Kazakh|Kenyan|Korean|Kurdish|Kurds|Kyrgyz|Latvian|Lebanese|Libyan|Lithuanian|\
    Malaysian|Mexican|Moldovan|Mongolian|Moroccan|Nigerian|Norwegian|Pakistani|Palestinian|Peruvian|\
    Polish|Pole|Poles|Portuguese|Romanian|Russian|Russians|Saudi|Scottish|Serb|Serbian|Serbs|Slovak|\
    Slovenian|Somali|Soviet|Spanish|Swedish|Swiss|Syrian|Taiwanese|Tajik|Thai|Turkish|Turkmen|Ukrainian|\
    Ukrainians|Uzbek|Venezuelan|Vietnamese|Welsh|Western|Westerners|Yemeni|Arab|Arabs|Muslim|Muslims|\
    Christian|Christians|Jewish|Jews|Catholic|Orthodox|Islamic|Sunni|Shi'ite|Shiite|Baltic|Nordic|\
    Slavic|African|Latin|Communist|Communists|Republican|Republicans|Democrat|Democrats|Socialist|\
    Conservative|Conservatives|Labour|Eurasian|Western-led
    """
  static let organizations = """
    United Nations|UN|U.N.|NATO|European Union|EU|E.U.|Shanghai Cooperation Organization|\
    Shanghai Cooperation Organisation|SCO|BRICS|World Bank|International Monetary Fund|IMF|\
    World Trade Organization|WTO|World Health Organization|WHO|OPEC|ASEAN|African Union|G7|G20|\
    Group of Seven|Group of 20|Kremlin|Pentagon|White House|State Department|Congress|Senate|\
    Parliament|Security Council|UN Security Council|Red Cross|Interpol|Reuters|Xinhua|Tass|TASS|\
    Interfax|Associated Press|AP|AFP|BBC|CNN|Bloomberg|Wagner|Wagner Group|Hamas|Hezbollah|Taliban|\
    Communist Party|Chinese Communist Party|CCP|People's Liberation Army|PLA|Collective Security Treaty Organization|\
    CSTO|Commonwealth of Independent States|CIS|Eurasian Economic Union|Belt and Road|OSCE|\
    Federal Reserve|Fed|Bundesbank|European Commission|European Parliament|Council of Europe|\
    International Criminal Court|ICC|Microsoft|Apple|Google|Amazon|Facebook|Meta|Huawei|Alibaba|Tencent
    """
  static let titles = """
    President|president|Vice President|Premier|premier|Prime Minister|prime minister|Minister|minister|\
    Chancellor|Foreign Minister|Defence Minister|Defense Minister|Secretary|Secretary-General|\
    Secretary General|General|Gen.|Lieutenant|Colonel|Col.|Major|Maj.|Captain|Capt.|Admiral|Sergeant|\
    King|Queen|Prince|Princess|Emperor|Pope|Cardinal|Bishop|Archbishop|Rabbi|Sheikh|Ayatollah|Mr|Mr.|\
    Mrs|Mrs.|Ms|Ms.|Dr|Dr.|Prof.|Professor|Sir|Lord|Lady|Senator|Sen.|Rep.|Representative|Governor|\
    Gov.|Mayor|Judge|Justice|Ambassador|Envoy|envoy|spokesman|spokeswoman|spokesperson|Chairman|chairman|\
    Chairwoman|CEO|chief|Chief|leader|Leader|dictator|counterpart|Director|director|Commander|commander|\
    Speaker|Deputy|Councillor|Councilor|State Councillor|deputy|coach|striker|midfielder|goalkeeper|captain|President-elect|Comrade|Marshal
    """

  /// All lists as one gazetteer.
  static func gazetteer() -> Gazetteer {
    var g = Gazetteer()
    func add(_ list: String, _ bits: UInt8) {
      for name in list.split(separator: "|") {
        let n = name.trimmingCharacters(in: .whitespacesAndNewlines)
        if !n.isEmpty { g.add(phrase: n, bits: bits) }
      }
    }
    add(countries, 1 << 2)
    add(cities, 1 << 2)
    add(demonyms, 1 << 3)
    add(organizations, 1 << 1)
    add(titles, Gazetteer.titleBit)
    return g
  }
}
